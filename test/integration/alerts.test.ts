// Alerts end to end: real instrumented services send through the real receiver, the
// dashboard's background evaluator (every second here) fires and resolves incidents, and a
// webhook receiver on loopback records what it is sent.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { outboundPolicyFromEnv } from '../../lib/alerts/outbound';
import { deliver } from '../../lib/alerts/webhook';
import { startDashboard, type Dashboard } from '../helpers/dashboard';
import { runInstrumentedService } from '../helpers/service';
import { plainExpressBody } from '../helpers/otlp-bodies';
import { postgresStore, sqliteStore, type TestStore } from '../helpers/stores';

type Received = { path: string; body: Record<string, unknown> };

/** A webhook receiver: each path answers with the statuses given for it in turn (then 200). */
async function webhookReceiver(script: Record<string, number[]> = {}) {
  const received: Received[] = [];
  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (c) => (raw += c));
    req.on('end', () => {
      const status = script[req.url ?? '']?.shift() ?? 200;
      if (status === 200) received.push({ path: req.url ?? '', body: JSON.parse(raw) as Record<string, unknown> });
      res.writeHead(status).end();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, received, close: () => new Promise<void>((r) => server.close(() => r())) };
}

async function until<T>(
  what: string,
  probe: () => T | undefined | Promise<T | undefined>,
  timeoutMs: number,
  between?: () => Promise<void>,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const v = await probe();
    if (v !== undefined) return v;
    await (between ? between() : sleep(500));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('alerts', () => {
  let store: TestStore;
  let dashboard: Dashboard;
  let hooks: Awaited<ReturnType<typeof webhookReceiver>>;

  before(async () => {
    store = sqliteStore();
    hooks = await webhookReceiver({ '/flaky': [500, 500] });
    // The webhook receiver listens on loopback: exactly that address is allowed.
    dashboard = await startDashboard(store.url, {
      HOPSCOPE_ALERT_INTERVAL_SECONDS: '1',
      HOPSCOPE_WEBHOOK_ALLOWED_HOSTS: '127.0.0.1',
    });
  });
  after(async () => {
    await dashboard?.stop();
    await hooks?.close();
    await store?.cleanup();
  });

  const rule = async (body: Record<string, unknown>) => {
    const res = await fetch(`${dashboard.url}/api/alerts/rules`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };
  const at = (path: string) => hooks.received.filter((r) => r.path === path);

  test('bad rules get a 400 naming the field', async () => {
    const base = {
      service: 'checkout',
      kind: 'occupancyP95',
      threshold: 5,
      windowMinutes: 1,
      webhookUrl: `${hooks.url}/x`,
    };
    for (const [change, message] of [
      [{ webhookUrl: 'ftp://example.com/hook' }, /^webhookUrl: must be an http\(s\) URL/],
      [{ webhookUrl: 'javascript:alert(1)' }, /^webhookUrl: /],
      [{ threshold: -1 }, /^threshold: /],
      [{ kind: 'share', threshold: 150 }, /^threshold: a share is at most 100/],
      [{ windowMinutes: 0 }, /^windowMinutes: /],
      [{ kind: 'sometimes' }, /^kind: /],
    ] as [Record<string, unknown>, RegExp][]) {
      const res = await rule({ ...base, ...change });
      assert.equal(res.status, 400, JSON.stringify(change));
      assert.match(String(res.body.error), message);
    }
    assert.deepEqual(await (await fetch(`${dashboard.url}/api/alerts/rules`)).json(), { rules: [] });
  });

  test('a webhook may not reach inside the network unless allowed: the refusal names why, and nothing is saved', async () => {
    const base = { service: 'checkout', kind: 'occupancyP95', threshold: 5, windowMinutes: 1 };
    for (const [webhookUrl, why] of [
      [
        'http://127.0.0.2:5432/',
        /^webhookUrl: refused, 127\.0\.0\.2 is a loopback address \(HOPSCOPE_WEBHOOK_ALLOWED_HOSTS allows it\)$/,
      ],
      [
        'http://169.254.169.254/latest/meta-data/',
        /169\.254\.169\.254 is a link-local address \(where cloud metadata services answer\)/,
      ],
      ['http://10.1.2.3/hook', /10\.1\.2\.3 is a private address/],
      ['http://192.168.0.10/hook', /a private address/],
      ['http://[::1]:5432/', /::1 is a loopback address/],
      ['http://[::ffff:127.0.0.3]/', /is a loopback address/],
      ['http://[fd00::1]/', /a unique-local address/],
      ['http://0.0.0.0:5432/', /the unspecified address/],
      ['http://2130706435/', /127\.0\.0\.3 is a loopback address/],
    ] as [string, RegExp][]) {
      const res = await rule({ ...base, webhookUrl });
      assert.equal(res.status, 400, webhookUrl);
      assert.match(String(res.body.error), why, webhookUrl);
    }
    assert.deepEqual(await (await fetch(`${dashboard.url}/api/alerts/rules`)).json(), { rules: [] });
  });

  test('deliveries are checked on the address they connect to: a name resolving inside the network is refused at send time', async () => {
    const open = outboundPolicyFromEnv({});
    const own = await webhookReceiver();
    // localhost is a name: the check is the connection's lookup, as after a DNS rebinding.
    const via = own.url.replace('127.0.0.1', 'localhost');
    assert.equal(
      await deliver(`${via}/rebound`, { x: 1 }, open, 1000),
      'refused: localhost resolves to 127.0.0.1, a loopback address',
    );
    assert.equal(await deliver(`${own.url}/rebound`, { x: 1 }, open, 1000), 'refused: 127.0.0.1 is a loopback address');
    assert.equal(own.received.length, 0, 'nothing reached the receiver');
    // Allowed by name or by range, the same deliveries go through.
    assert.equal(
      await deliver(
        `${via}/rebound`,
        { x: 1 },
        outboundPolicyFromEnv({ HOPSCOPE_WEBHOOK_ALLOWED_HOSTS: 'LocalHost' }),
        1000,
      ),
      null,
    );
    assert.equal(
      await deliver(
        `${own.url}/rebound`,
        { x: 2 },
        outboundPolicyFromEnv({ HOPSCOPE_WEBHOOK_ALLOWED_HOSTS: '127.0.0.0/8' }),
        1000,
      ),
      null,
    );
    assert.deepEqual(
      own.received.map((r) => r.body),
      [{ x: 1 }, { x: 2 }],
    );
    await own.close();
  });

  test('HOPSCOPE_WEBHOOK_ALLOWED_HOSTS: an entry that is no host, address or range stops the start, named', () => {
    assert.throws(
      () => outboundPolicyFromEnv({ HOPSCOPE_WEBHOOK_ALLOWED_HOSTS: 'hooks.internal, 10.0.0.0/33' }),
      /^Error: HOPSCOPE_WEBHOOK_ALLOWED_HOSTS: "10\.0\.0\.0\/33" is neither/,
    );
    assert.throws(
      () => outboundPolicyFromEnv({ HOPSCOPE_WEBHOOK_ALLOWED_HOSTS: 'http://hooks.internal/' }),
      /HOPSCOPE_WEBHOOK_ALLOWED_HOSTS: "http:\/\/hooks\.internal\/"/,
    );
    const policy = outboundPolicyFromEnv({ HOPSCOPE_WEBHOOK_ALLOWED_HOSTS: ' hooks.internal , 10.0.0.0/8,::1 ' });
    assert.deepEqual([...policy.hosts], ['hooks.internal']);
    assert.equal(policy.ranges.length, 2);
  });

  test('a middleware that starts busy-waiting fires once, names itself, and resolves once when it stops; a failing webhook is retried until it takes it', async () => {
    for (const path of ['/oncall', '/flaky']) {
      const made = await rule({
        service: 'checkout',
        kind: 'occupancyP95',
        middleware: 'blocker',
        threshold: 5,
        windowMinutes: 1,
        webhookUrl: `${hooks.url}${path}`,
      });
      assert.equal(made.status, 201);
      // The webhook's path may be its secret: the API shows the origin only.
      assert.equal(made.body.webhookUrl, `${hooks.url}/…`);
    }
    // Healthy first: nothing fires.
    await runInstrumentedService({ endpoint: dashboard.url, service: 'checkout', requests: 20, blockMs: 0 });
    await sleep(3000);
    assert.deepEqual(hooks.received, []);

    await runInstrumentedService({ endpoint: dashboard.url, service: 'checkout', requests: 20, blockMs: 12 });
    const firing = await until('the firing notice', () => at('/oncall')[0], 20_000);
    assert.equal(firing.body.status, 'firing');
    assert.equal(firing.body.middleware, 'blocker');
    assert.ok(Number(firing.body.value) >= 11 && Number(firing.body.value) < 40, `p95 ${firing.body.value} ms`);
    assert.match(String(firing.body.message), /checkout: blocker 1\d(\.\d+)? ms p95 occupancy over the last 1 min/);
    const links = firing.body.links as { service: string; compare: string };
    assert.match(links.service, new RegExp(`^${dashboard.url}/services/checkout\\?from=`));
    assert.equal((await fetch(links.service)).status, 200);
    assert.equal((await fetch(links.compare)).status, 200);

    // It stops: the trailing minute fills with healthy requests until the p95 falls back.
    const resolved = await until(
      'the resolved notice',
      () => at('/oncall').find((r) => r.body.status === 'resolved'),
      180_000,
      () =>
        runInstrumentedService({ endpoint: dashboard.url, service: 'checkout', requests: 20, blockMs: 0 }).then(() =>
          sleep(2000),
        ),
    );
    assert.equal(resolved.body.incidentId, firing.body.incidentId);
    await sleep(3000);
    assert.deepEqual(
      at('/oncall').map((r) => r.body.status),
      ['firing', 'resolved'],
    );
    // The flaky webhook answered 500 twice, then took each notice exactly once.
    await until('the flaky webhook to catch up', () => (at('/flaky').length === 2 ? true : undefined), 20_000);
    assert.deepEqual(
      at('/flaky').map((r) => r.body.status),
      ['firing', 'resolved'],
    );

    const { incidents } = (await (await fetch(`${dashboard.url}/api/alerts/incidents`)).json()) as {
      incidents: {
        resolvedAt: string | null;
        notifications: { event: string; attempts: number; deliveredAt: string | null }[];
      }[];
    };
    assert.equal(incidents.length, 2);
    assert.ok(incidents.every((i) => i.resolvedAt !== null));
    const attempts = incidents.flatMap((i) => i.notifications.map((n) => n.attempts)).sort();
    assert.deepEqual(attempts, [1, 1, 1, 3]);
  });

  test('a deploy of a slower version fires the ceiling rule, naming the middleware that got slower', async () => {
    assert.equal(
      (
        await rule({
          service: 'pricing',
          kind: 'ceilingDrop',
          threshold: 30,
          windowMinutes: 5,
          webhookUrl: `${hooks.url}/deploys`,
          webhookFormat: 'slack',
        })
      ).status,
      201,
    );
    await runInstrumentedService({
      endpoint: dashboard.url,
      service: 'pricing',
      version: '1.0.0',
      requests: 30,
      blockMs: 1,
    });
    await sleep(3000);
    assert.deepEqual(at('/deploys'), [], 'one version: nothing to compare');
    await runInstrumentedService({
      endpoint: dashboard.url,
      service: 'pricing',
      version: '2.0.0',
      requests: 30,
      blockMs: 12,
    });
    const notice = await until('the ceiling notice', () => at('/deploys')[0], 20_000);
    // Slack's body: one text with the verdict and links. The ceiling is the loop's whole busy
    // time a request (this fixture's own client included): 1 → 12 ms of blocking halves it.
    assert.match(
      String(notice.body.text),
      /FIRING pricing 2\.0\.0: ceiling [\d.]+ req\/s, [3-9]\d(\.\d+)?% below 1\.0\.0's [\d.]+ req\/s; blocker's thread time rose most/,
    );
    assert.match(String(notice.body.text), /\/services\/pricing\/compare\?a=1\.0\.0&b=2\.0\.0\|Compare>/);
  });

  test('event-loop utilization above a level fires for the service as a whole', async () => {
    assert.equal(
      (
        await rule({
          service: 'loop',
          kind: 'eventLoop',
          threshold: 1,
          windowMinutes: 5,
          webhookUrl: `${hooks.url}/loop`,
        })
      ).status,
      201,
    );
    // A busy-waiting service keeps its event loop busy most of the time it serves.
    await runInstrumentedService({ endpoint: dashboard.url, service: 'loop', requests: 30, blockMs: 12 });
    const notice = await until('the event-loop notice', () => at('/loop')[0], 20_000);
    assert.equal(notice.body.status, 'firing');
    assert.equal(notice.body.middleware, null);
    assert.match(String(notice.body.message), /^loop: event loop [\d.]+% busy over the last 5 min/);
    // The loop is busy for the 12 ms waits and idle between requests: well above 1 %, below 100 %.
    assert.ok(Number(notice.body.value) > 30 && Number(notice.body.value) <= 100, `utilization ${notice.body.value}%`);
  });

  test('a webhook that does not answer is given up on within the timeout, and says so', async () => {
    const silent = http.createServer(() => undefined);
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
    const started = Date.now();
    const loopback = outboundPolicyFromEnv({ HOPSCOPE_WEBHOOK_ALLOWED_HOSTS: '127.0.0.1' });
    const failure = await deliver(
      `http://127.0.0.1:${(silent.address() as AddressInfo).port}/`,
      { x: 1 },
      loopback,
      300,
    );
    assert.equal(failure, 'no answer within 0.3 s');
    assert.ok(Date.now() - started < 2000);
    silent.closeAllConnections();
    silent.close();
    assert.match(String(await deliver('http://127.0.0.1:1/', {}, loopback, 300)), /^unreachable: /);
  });
});

describe('a no-data rule', () => {
  let store: TestStore;
  let dashboard: Dashboard;
  let hooks: Awaited<ReturnType<typeof webhookReceiver>>;
  before(async () => {
    store = sqliteStore();
    hooks = await webhookReceiver();
    dashboard = await startDashboard(store.url, {
      HOPSCOPE_ALERT_INTERVAL_SECONDS: '1',
      HOPSCOPE_WEBHOOK_ALLOWED_HOSTS: '127.0.0.1',
    });
  });
  after(async () => {
    await dashboard?.stop();
    await hooks?.close();
    await store?.cleanup();
  });
  const send = async (service: string, atMs: number) => {
    const res = await fetch(`${dashboard.url}/v1/traces`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-protobuf' },
      body: Buffer.from(plainExpressBody(service, 3, 2, 'jsonParser', atMs)),
    });
    assert.equal(res.status, 200);
  };

  test('fires when a service that sent before sends nothing for N minutes, and resolves when data returns', async () => {
    // The service last sent ten minutes ago; another one sends now and stays quiet of alerts.
    await send('quiet', Date.now() - 10 * 60_000);
    await send('busy', Date.now() - 1000);
    for (const service of ['quiet', 'busy', 'never-seen']) {
      const made = await fetch(`${dashboard.url}/api/alerts/rules`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          service,
          kind: 'noData',
          threshold: 1,
          windowMinutes: 2,
          webhookUrl: `${hooks.url}/${service}`,
        }),
      });
      assert.equal(made.status, 201);
    }
    const firing = await until('the no-data notice', () => hooks.received.find((r) => r.path === '/quiet'), 20_000);
    assert.equal(firing.body.status, 'firing');
    assert.equal(firing.body.value, 0);
    assert.equal(firing.body.message, 'quiet: no calls of quiet over the last 2 min (threshold 1 calls)');
    await send('quiet', Date.now() - 1000);
    const resolved = await until(
      'the resolved notice',
      () => hooks.received.find((r) => r.path === '/quiet' && r.body.status === 'resolved'),
      20_000,
    );
    assert.equal(resolved.body.incidentId, firing.body.incidentId);
    // A service with data and one that never sent fire nothing.
    assert.deepEqual(
      hooks.received.filter((r) => r.path !== '/quiet'),
      [],
    );
  });
});

describe('alerts with two replicas on one PostgreSQL database', () => {
  let store: TestStore;
  const replicas: Dashboard[] = [];
  let hooks: Awaited<ReturnType<typeof webhookReceiver>>;

  before(async () => {
    store = await postgresStore();
    hooks = await webhookReceiver();
    for (let i = 0; i < 2; i++)
      replicas.push(
        await startDashboard(store.url, {
          HOPSCOPE_ALERT_INTERVAL_SECONDS: '1',
          HOPSCOPE_WEBHOOK_ALLOWED_HOSTS: '127.0.0.1',
        }),
      );
  });
  after(async () => {
    for (const r of replicas) await r.stop();
    await hooks?.close();
    await store?.cleanup();
  });

  test('both evaluate, one holds the lease: the webhook hears each incident once', async () => {
    const [one, two] = replicas;
    const made = await fetch(`${one.url}/api/alerts/rules`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        service: 'checkout',
        kind: 'share',
        middleware: 'blocker',
        threshold: 50,
        windowMinutes: 1,
        webhookUrl: `${hooks.url}/oncall`,
      }),
    });
    assert.equal(made.status, 201);
    // Traffic to the other replica, as a load balancer spreads it.
    await runInstrumentedService({ endpoint: two.url, service: 'checkout', requests: 20, blockMs: 12 });
    const firing = await until('the firing notice', () => hooks.received[0], 20_000);
    assert.equal(firing.body.middleware, 'blocker');
    assert.ok(Number(firing.body.value) > 50, `share ${firing.body.value}%`);
    await until(
      'the resolved notice',
      () => hooks.received.find((r) => r.body.status === 'resolved'),
      180_000,
      () =>
        runInstrumentedService({ endpoint: one.url, service: 'checkout', requests: 20, blockMs: 0 }).then(() =>
          sleep(2000),
        ),
    );
    // Several more ticks of both replicas: still one of each.
    await sleep(4000);
    assert.deepEqual(
      hooks.received.map((r) => r.body.status),
      ['firing', 'resolved'],
    );
    // Both answer the same history (links name each replica's own address here; in production
    // both have the same HOPSCOPE_URL).
    const history = async (r: Dashboard) =>
      (await (await fetch(`${r.url}/api/alerts/incidents`)).text()).replaceAll(r.url, '');
    assert.equal(await history(two), await history(one));
  });
});

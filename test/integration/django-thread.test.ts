// The case Hopscope was born from, under real uvicorn through the real receiver: a
// sync-only middleware (5 ms of CPU before and after get_response) around an async view
// that waits 200 ms holds Django's one sync thread for the whole view, so requests
// serialize behind it. Ground truth independent of Hopscope: throughput measured at
// saturation, and thread switches counted by asgiref's classes patched in the test project.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { MiddlewareRanking } from '../../lib/query/types';
import { getJson, startDashboard, type Dashboard } from '../helpers/dashboard';
import { requireDjango, startDjango } from '../helpers/django';
import { sqliteStore, type TestStore } from '../helpers/stores';

const SYNC = 'project.middleware.SyncAroundAsync';
const ASYNC = 'project.middleware.AsyncAround';
const HANDLER = 'django.handler';

async function ranking(url: string, service: string, until: (r: MiddlewareRanking) => boolean): Promise<MiddlewareRanking> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const { status, body } = await getJson<MiddlewareRanking>(`${url}/api/services/${service}/middleware?range=15m`);
    if (status === 200 && until(body)) return body;
    if (Date.now() > deadline) throw new Error(`the ranking did not arrive: ${JSON.stringify(body)}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** `total` requests, `concurrency` at a time; requests/s over the whole run. */
async function saturate(url: string, total: number, concurrency: number): Promise<number> {
  let next = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) {
        const res = await fetch(`${url}/slow/${next++}`);
        assert.equal(res.status, 200);
        await res.text();
      }
    }),
  );
  return total / ((performance.now() - t0) / 1000);
}

const calls = (r: MiddlewareRanking, name: string) => r.middleware.find((m) => m.name === name)?.calls ?? 0;

describe('django: the shared sync thread', () => {
  let store: TestStore;
  let dashboard: Dashboard;
  before(async () => {
    requireDjango();
    store = sqliteStore();
    dashboard = await startDashboard(store.url);
  });
  after(async () => {
    await dashboard?.stop();
    await store?.cleanup();
  });

  /** `middleware` alone around the 200 ms view, 40 requests 20 at a time: the throughput
   *  measured, and the ranking once every call has arrived. */
  async function alone(service: string, middleware: string) {
    const app = await startDjango({ HOPSCOPE_ENDPOINT: dashboard.url, HOPSCOPE_SERVICE_NAME: service, TEST_DEFAULT_MIDDLEWARE: '0', TEST_MIDDLEWARE: middleware });
    let measured: number;
    try {
      measured = await saturate(app.url, 40, 20);
    } finally {
      await app.stop();
    }
    const r = await ranking(dashboard.url, service, (b) => calls(b, middleware) >= 40);
    return { measured, r, m: r.middleware.find((x) => x.name === middleware)! };
  }

  test('a sync-only middleware around a 200 ms async view holds the thread for it; the ceiling is the measured throughput', async () => {
    const { measured, r, m } = await alone('sync-around', SYNC);
    assert.ok(m.threadHeldMsPerCall! >= 180, `thread held ${m.threadHeldMsPerCall} ms a call`);
    assert.ok(m.occupancyMsPerCall! >= 9.5 && m.occupancyMsPerCall! < 20, `own CPU ${m.occupancyMsPerCall} ms a call`);
    assert.ok(m.threadWaitMsPerCall! > 100, `requests queue for the thread: ${m.threadWaitMsPerCall} ms a call`);
    assert.equal(r.ceiling.binding, 'sync-thread');
    const ratio = r.ceilingRps! / measured;
    assert.ok(ratio >= 0.7 && ratio <= 1.4, `ceiling ${r.ceilingRps?.toFixed(2)} req/s against ${measured.toFixed(2)} req/s measured`);
    assert.ok(r.ceiling.eventLoopRps! > 5 * r.ceilingRps!, 'the event loop alone would allow far more');
    // A mean over 1 s export intervals, the first and last only partly under load.
    assert.ok(r.syncThread.utilization! > 0.5 && r.syncThread.utilization! <= 1, `the sync thread was busy ${r.syncThread.utilization} of the time under load`);
    assert.ok(r.syncThread.threads! >= 2, `threads ${r.syncThread.threads}`);
  });

  test('the same work async-capable holds no thread; the ceiling is the CPU under the GIL', async () => {
    const { measured, r, m } = await alone('async-around', ASYNC);
    assert.ok(m.threadHeldMsPerCall! < 1, `thread held ${m.threadHeldMsPerCall} ms a call`);
    assert.equal(m.hopsPerCall, 0);
    // 10 ms of CPU a request (5 before and after the view), on one interpreter: at most ~100/s.
    assert.equal(r.ceiling.binding, 'cpu', JSON.stringify(r.ceiling));
    assert.ok(r.resources.cpuMsPerRequest! >= 9.5, `CPU ${r.resources.cpuMsPerRequest} ms a request`);
    assert.ok(r.resources.cores! <= 1, `the GIL: at most one core for Python, got ${r.resources.cores}`);
    assert.ok(measured > 20, `${measured.toFixed(1)} req/s: requests no longer serialize behind one thread`);
  });

  test("Django's default MIDDLEWARE: per-middleware switches, the handler's own, totals equal asgiref's count", async () => {
    const app = await startDjango({
      HOPSCOPE_ENDPOINT: dashboard.url,
      HOPSCOPE_SERVICE_NAME: 'defaults',
      TEST_MIDDLEWARE: '',
      TEST_COUNT_SWITCHES: '1',
    });
    const N = 20;
    let perRequest: number;
    try {
      const count = async () => {
        const c = (await (await fetch(`${app.url}/switches`)).json()) as { sync_to_async: number; async_to_sync: number };
        return c.sync_to_async + c.async_to_sync;
      };
      const before = await count();
      for (let i = 0; i < N; i++) await (await fetch(`${app.url}/items/${i}`)).text();
      // The two /switches requests count half a request each: the first after its read,
      // the second before it.
      perRequest = ((await count()) - before) / (N + 1);
    } finally {
      await app.stop();
    }
    const r = await ranking(dashboard.url, 'defaults', (b) => calls(b, HANDLER) >= N + 3);
    const hops = Object.fromEntries(r.middleware.map((m) => [m.name, m.hopsPerCall!]));
    assert.equal(hops[HANDLER], 2, "the handler's own: request_started and response.close");
    assert.equal(hops['django.middleware.csrf.CsrfViewMiddleware'], 3);
    assert.equal(hops['django.contrib.auth.middleware.AuthenticationMiddleware'], 1);
    const total = Object.values(hops).reduce((a, b) => a + b, 0);
    assert.equal(perRequest, 15, `asgiref counted ${perRequest} switches a request`);
    assert.equal(Math.round(total * 100) / 100, perRequest, `Hopscope's rows add up to ${total}: ${JSON.stringify(hops)}`);
  });
});

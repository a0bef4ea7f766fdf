// Why it blocks, end to end: a service started with the zero-code register and
// HOPSCOPE_PROFILE=true sends its stacks to the real receiver; the API names, for each
// middleware, the function it ran while holding the thread. Ground truth: the fixture's
// middleware call named functions (profiled-app.mjs); the receiver's checks on what it is sent.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import * as sc from '@hopscope/instrumentation/semconv';
import type { MiddlewareDetail } from '../../lib/query/detail';
import type { MiddlewareStacks } from '../../lib/query/stacks';
import { launch, screenshot, watchedPage } from '../helpers/browser';
import { getJson } from '../helpers/dashboard';
import { dashboardForSuite } from '../helpers/suite-dashboard';

const APP = path.resolve(__dirname, '..', 'fixtures', 'profiled-app.mjs');
const SERVICE = 'profiled';

async function stacksOf(url: string, middleware: string): Promise<MiddlewareStacks> {
  const r = await getJson<MiddlewareStacks>(`${url}/api/services/${SERVICE}/middleware/${middleware}/stacks?range=15m`);
  assert.equal(r.status, 200, JSON.stringify(r.body));
  return r.body;
}

const share = (s: MiddlewareStacks, pick: (stack: string) => boolean) =>
  s.stacks.filter((x) => pick(x.stack)).reduce((n, x) => n + x.samples, 0) / Math.max(1, s.samples);

/** An OTLP/JSON metrics body of one profile point. */
function profileBody(stack: unknown, samples: unknown, middleware = 'authenticate'): string {
  const t = `${Date.now()}000000`;
  const attributes = [
    { key: sc.ATTR_NAME, value: { stringValue: middleware } },
    ...(stack === undefined ? [] : [{ key: sc.ATTR_PROFILE_STACK, value: { stringValue: stack } }]),
  ];
  return JSON.stringify({
    resourceMetrics: [
      {
        resource: { attributes: [{ key: 'service.name', value: { stringValue: SERVICE } }] },
        scopeMetrics: [
          {
            metrics: [
              {
                name: sc.METRIC_PROFILE_SAMPLES,
                sum: {
                  aggregationTemporality: 1,
                  isMonotonic: true,
                  dataPoints: [{ startTimeUnixNano: t, timeUnixNano: t, asInt: samples, attributes }],
                },
              },
            ],
          },
        ],
      },
    ],
  });
}

describe('stacks: why each middleware holds the thread', () => {
  // Alerts checked every second; their webhook goes nowhere (the notice is read from the API).
  const dashboard = dashboardForSuite({
    HOPSCOPE_ALERT_INTERVAL_SECONDS: '1',
    HOPSCOPE_WEBHOOK_ALLOWED_HOSTS: '127.0.0.1',
  });

  test("the service profiles itself; each middleware's hottest frame is the function it calls", async () => {
    const run = spawnSync(process.execPath, ['--import', '@hopscope/instrumentation/register', APP], {
      encoding: 'utf8',
      timeout: 60_000,
      env: {
        ...process.env,
        OTEL_SERVICE_NAME: SERVICE,
        OTEL_EXPORTER_OTLP_ENDPOINT: dashboard.url,
        OTEL_METRIC_EXPORT_INTERVAL: '300',
        HOPSCOPE_PROFILE: 'true',
        HOPSCOPE_PROFILE_INTERVAL_MS: '1',
        REQUESTS: '30',
      },
    });
    assert.equal(run.status, 0, run.stderr);
    let auth: MiddlewareStacks | undefined;
    for (const deadline = Date.now() + 15_000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 250))) {
      const r = await getJson<MiddlewareStacks>(
        `${dashboard.url}/api/services/${SERVICE}/middleware/authenticate/stacks?range=15m`,
      );
      if (r.status === 200 && r.body.samples >= 50) {
        auth = r.body;
        break;
      }
    }
    assert.ok(auth, "authenticate's stacks arrived");
    assert.ok(
      auth.hottest !== null &&
        auth.hottest.frame.startsWith('pbkdf2Sync (node:internal/crypto/pbkdf2:') &&
        auth.hottest.share >= 0.8,
      `hottest ${JSON.stringify(auth.hottest)}`,
    );
    assert.ok(
      share(auth, (s) => s.includes(';verifyPassword (test/fixtures/profiled-app.mjs:')) >= 0.8,
      'verifyPassword, by its file and line, on the stacks',
    );
    assert.equal(auth.frames[0].frame, auth.hottest.frame);
    const session = await stacksOf(dashboard.url, 'loadSession');
    assert.ok(
      share(session, (s) => s.includes('parseSessionBlob (')) >= 0.8,
      `parseSessionBlob on ${share(session, (s) => s.includes('parseSessionBlob ('))} of loadSession's`,
    );
    assert.equal(
      share(session, (s) => s.includes('verifyPassword (')),
      0,
      "authenticate's function is not on loadSession's stacks",
    );
    const awaiting = await stacksOf(dashboard.url, 'awaitOnly');
    assert.ok(
      awaiting.samples <= 0.05 * auth.samples,
      `awaitOnly: ${awaiting.samples} samples against authenticate's ${auth.samples}`,
    );
    // The drill-down's slowest invocation carries the stack of its blocking stretch.
    const detail = await getJson<MiddlewareDetail>(
      `${dashboard.url}/api/services/${SERVICE}/middleware/authenticate?range=15m`,
    );
    const stack = detail.body.exemplars.find((e) => e.blockingStack !== null)?.blockingStack;
    assert.ok(stack?.includes(';verifyPassword ('), `an exemplar's blocking stack: ${stack}`);
  });

  test("the pages: a flame graph and the top frames on the middleware's page, the frame in the service's headline", async () => {
    const browser = await launch();
    try {
      const { page, problems } = await watchedPage(browser);
      await page.goto(`${dashboard.url}/services/${SERVICE}/middleware/authenticate?range=15m`);
      const graph = page.getByTestId('flame-graph');
      await graph.locator('svg').waitFor({ timeout: 15_000 });
      // d3-flame-graph draws a frame per node; the hottest frame's is among them.
      const frames = await graph.locator('svg g title').allTextContents();
      assert.ok(
        frames.some((t) => t.startsWith('pbkdf2Sync (node:internal/crypto/pbkdf2:')),
        `frames drawn: ${frames.slice(0, 8).join(' | ')}`,
      );
      assert.ok(frames.some((t) => t.startsWith('verifyPassword (test/fixtures/profiled-app.mjs:')));
      assert.match(
        (await page.getByRole('status').filter({ hasText: 'sampled time' }).textContent()) ?? '',
        /authenticate holds the thread \d+\.\d % of its sampled time in pbkdf2Sync \(node:internal\/crypto\/pbkdf2:\d+\)/,
      );
      const top = page.getByRole('table', { name: 'Top frames' }).locator('tbody tr').first();
      assert.match((await top.textContent()) ?? '', /^pbkdf2Sync \(node:internal\/crypto\/pbkdf2:\d+\)/);
      await screenshot(page, 'stacks-middleware');
      // The request timeline of a kept request: the blocking stretch's stack under its segment.
      const detail = await getJson<MiddlewareDetail>(
        `${dashboard.url}/api/services/${SERVICE}/middleware/authenticate?range=15m`,
      );
      const kept = detail.body.exemplars.find((e) => e.blockingStack !== null)!;
      await page.goto(`${dashboard.url}/services/${SERVICE}/traces/${kept.traceId}`);
      const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: 'authenticate', exact: true }) });
      assert.match(
        (await row.locator('details summary').textContent()) ?? '',
        /^in pbkdf2Sync \(node:internal\/crypto\/pbkdf2:\d+\)$/,
      );
      await page.goto(`${dashboard.url}/services/${SERVICE}?range=15m`);
      const headline = (await page.getByTestId('headline').textContent()) ?? '';
      // The top blocker is whichever costs more here (the 2 MB parse or the hash); the
      // headline names that one's own hottest frame.
      const frameOf: Record<string, RegExp> = {
        loadSession: /parseSessionBlob \(test\/fixtures\/profiled-app\.mjs:\d+\)/,
        authenticate: /pbkdf2Sync \(node:internal\/crypto\/pbkdf2:\d+\)/,
      };
      const named = headline.split(' ')[0];
      assert.ok(named in frameOf, headline);
      assert.match(
        headline,
        new RegExp(`It holds the thread \\d+\\.\\d % of its sampled time in ${frameOf[named].source}\\.$`),
        headline,
      );
      assert.deepEqual(problems, []);
    } finally {
      await browser.close();
    }
  });

  test('an alert on the middleware names its hottest frame in its notice', async () => {
    const made = await fetch(`${dashboard.url}/api/alerts/rules`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        service: SERVICE,
        kind: 'occupancyP95',
        middleware: 'authenticate',
        threshold: 5,
        windowMinutes: 15,
        webhookUrl: 'http://127.0.0.1:9/hook',
      }),
    });
    assert.equal(made.status, 201, await made.text());
    let message = '';
    for (
      const deadline = Date.now() + 15_000;
      message === '' && Date.now() < deadline;
      await new Promise((r) => setTimeout(r, 250))
    ) {
      const { incidents } = (await (await fetch(`${dashboard.url}/api/alerts/incidents`)).json()) as {
        incidents: { message: string }[];
      };
      message = incidents[0]?.message ?? '';
    }
    assert.match(
      message,
      /^profiled: authenticate \d+(\.\d+)? ms p95 occupancy over the last 15 min \(threshold 5 ms\); it holds the thread \d+(\.\d+)?% of its sampled time in pbkdf2Sync \(node:internal\/crypto\/pbkdf2:\d+\)$/,
    );
  });

  test("compare: B's flame graph of the middleware whose thread time changed, coloured by the change", async () => {
    // Version 2 of the service: authenticate's cost moved from the hash to a token check.
    const run = spawnSync(process.execPath, ['--import', '@hopscope/instrumentation/register', APP], {
      encoding: 'utf8',
      timeout: 60_000,
      env: {
        ...process.env,
        OTEL_SERVICE_NAME: SERVICE,
        OTEL_RESOURCE_ATTRIBUTES: 'service.version=2',
        OTEL_EXPORTER_OTLP_ENDPOINT: dashboard.url,
        OTEL_METRIC_EXPORT_INTERVAL: '300',
        HOPSCOPE_PROFILE: 'true',
        HOPSCOPE_PROFILE_INTERVAL_MS: '1',
        REQUESTS: '30',
        AUTH: 'token',
      },
    });
    assert.equal(run.status, 0, run.stderr);
    for (const deadline = Date.now() + 15_000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 250))) {
      const r = await getJson<MiddlewareStacks>(
        `${dashboard.url}/api/services/${SERVICE}/middleware/authenticate/stacks?range=15m&version=2`,
      );
      if (r.status === 200 && r.body.samples >= 50) break;
    }
    const browser = await launch();
    try {
      const { page, problems } = await watchedPage(browser);
      await page.goto(`${dashboard.url}/services/${SERVICE}/compare?a=unknown&b=2&range=15m&stacks=authenticate`);
      const graph = page.getByTestId('diff-flame-graph');
      await graph.locator('svg').waitFor({ timeout: 15_000 });
      // d3-flame-graph's differential colours: what only B ran is orange, an unchanged share
      // grey (tinted by its change); what only A ran (the hash) has no width in B's graph.
      const fillOf = async (frame: RegExp) =>
        graph
          .locator('svg g')
          .filter({ has: page.locator('title', { hasText: frame }) })
          .first()
          .locator('rect')
          .getAttribute('fill');
      assert.equal(await fillOf(/^verifyToken \(test\/fixtures\/profiled-app\.mjs:\d+\)/), 'rgb(255,190,90)');
      const around = /rgb\((\d+),(\d+),(\d+)\)/.exec(
        (await fillOf(/^authenticate \(test\/fixtures\/profiled-app\.mjs:\d+\)/)) ?? '',
      );
      assert.ok(
        around !== null && around.slice(1).every((c) => Number(c) >= 190),
        `the middleware's own frame, its whole time in both: near grey, ${around?.[0]}`,
      );
      const titles = await graph.locator('svg g title').allTextContents();
      assert.ok(
        !titles.some((t) => t.startsWith('pbkdf2Sync')) || titles.some((t) => /^pbkdf2Sync .*: 0 samples$/.test(t)),
        'the hash, gone in B, has no width',
      );
      assert.match(
        (await page.getByRole('heading', { name: /What changed inside/ }).textContent()) ?? '',
        /authenticate$/,
      );
      await screenshot(page, 'stacks-compare');
      assert.deepEqual(problems, []);
    } finally {
      await browser.close();
    }
  });

  test('bad profile points are refused with a reason and change nothing; a huge stack is kept by its leaf end', async () => {
    const before = await stacksOf(dashboard.url, 'authenticate');
    const post = (body: string) =>
      fetch(`${dashboard.url}/v1/metrics`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    for (const [stack, samples, reason] of [
      [undefined, 5, sc.ATTR_PROFILE_STACK],
      ['a;b', -1, 'non-negative'],
      ['a;b', 1.5, 'whole'],
    ] as const) {
      const r = await post(profileBody(stack, samples));
      assert.equal(r.status, 200);
      const body = (await r.json()) as { partialSuccess?: { rejectedDataPoints?: string; errorMessage?: string } };
      assert.equal(body.partialSuccess?.rejectedDataPoints, '1');
      assert.match(body.partialSuccess?.errorMessage ?? '', new RegExp(reason));
    }
    assert.equal((await stacksOf(dashboard.url, 'authenticate')).samples, before.samples, 'nothing was added');
    const huge = Array.from({ length: 2_000 }, (_, i) => `frame${i} (app.js:${i})`).join(';');
    assert.equal((await post(profileBody(huge, 7))).status, 200);
    const after = await stacksOf(dashboard.url, 'authenticate');
    assert.equal(after.samples, before.samples + 7);
    const kept = after.stacks.find((s) => s.stack.endsWith('frame1999 (app.js:1999)'));
    assert.ok(
      kept !== undefined && kept.stack.startsWith('…;frame') && kept.stack.length <= 16_000,
      'cut from the root end, at a frame',
    );
  });
});

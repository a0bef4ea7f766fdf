// The whole path, store by store: a real instrumented service exports with the real
// OpenTelemetry exporters (protobuf and JSON) to the dashboard's receiver, and the JSON
// API answers with what the ground truth says.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { MiddlewareDetail } from '../../lib/query/detail';
import type { MiddlewareRanking, ServiceSummary } from '../../lib/query/types';
import { getJson, startDashboard, type Dashboard } from '../helpers/dashboard';
import { runInstrumentedService } from '../helpers/service';
import type { TestStore } from '../helpers/stores';

/** `decodeThreads`: HOPSCOPE_DECODE_THREADS for the dashboard, so both decode paths run
 *  whatever the machine's core count (0: the main thread). */
export function pipelineSuite(
  storeName: string,
  makeStore: () => Promise<TestStore> | TestStore,
  decodeThreads: number,
): void {
  describe(`pipeline on ${storeName}, ${decodeThreads === 0 ? 'decoding on the main thread' : `${decodeThreads} decode threads`}`, () => {
    let store: TestStore;
    let dashboard: Dashboard;

    before(async () => {
      store = await makeStore();
      dashboard = await startDashboard(store.url, { HOPSCOPE_DECODE_THREADS: String(decodeThreads) });
    });
    after(async () => {
      await dashboard?.stop();
      await store?.cleanup();
    });

    for (const protocol of ['http/protobuf', 'http/json'] as const) {
      test(`${protocol}: ranking, percentiles and hops match the ground truth`, async () => {
        const service = `shop-${protocol.replace('http/', '')}`;
        await runInstrumentedService({ endpoint: dashboard.url, service, requests: 40, blockMs: 8, protocol });
        const { status, body } = await getJson<MiddlewareRanking>(
          `${dashboard.url}/api/services/${service}/middleware?range=15m`,
        );
        assert.equal(status, 200);
        const names = body.middleware.map((m) => m.name);
        assert.equal(names[0], 'blocker', `ranked by occupancy: ${names.join(', ')}`);
        const byName = Object.fromEntries(body.middleware.map((m) => [m.name, m]));
        assert.equal(byName.blocker.calls, 40);
        assert.ok(
          byName.blocker.occupancyP50Ms! >= 7.8 && byName.blocker.occupancyP50Ms! < 12,
          `p50 ${byName.blocker.occupancyP50Ms}`,
        );
        assert.ok(byName.waiter.occupancyP50Ms! < 2);
        assert.ok(byName.waiter.durationP50Ms! >= 2.9);
        assert.ok(byName.hasher.threadpoolHopsPerCall! >= 1);
        assert.equal(byName.getItem.calls, 40);
        // Request order, from the sampled spans: blocker, waiter, hasher, then the handler.
        assert.deepEqual(
          ['blocker', 'waiter', 'hasher', 'getItem'].map((n) => byName[n].position),
          [0, 1, 2, 3],
        );
        assert.ok(body.ceilingRps! > 50 && body.ceilingRps! < 1000 / 8, `ceiling ${body.ceilingRps}`);
        // Its 8 ms are most of what a request uses of the loop and of the CPU (a busy machine
        // leaves fewer cores, so the CPU may bind): without it, well over half again as much.
        assert.ok(
          byName.blocker.ceilingWithoutRps! > body.ceilingRps! * 1.5,
          JSON.stringify({
            ceiling: body.ceiling,
            resources: body.resources,
            without: byName.blocker.ceilingWithoutRps,
          }),
        );
        // The runtime metrics register() exports: the event loop was busy part of the time.
        assert.ok(
          body.eventLoop.utilization! > 0 && body.eventLoop.utilization! <= 1,
          `ELU ${body.eventLoop.utilization}`,
        );
        assert.ok(body.eventLoop.delayP99Ms! > 0, `delay ${body.eventLoop.delayP99Ms}`);
        const services = await getJson<{ services: ServiceSummary[] }>(`${dashboard.url}/api/services`);
        const summary = services.body.services.find((s) => s.name === service)!;
        assert.deepEqual(summary.versions, ['1.0.0']);
        assert.equal(summary.worstMiddleware, 'blocker');
        // Over the time the service has data (from the start of its first minute), not the
        // whole five minutes: 40 requests sent within the last minute or two.
        assert.ok(
          summary.requestsPerSecond! > 40 / 125 && summary.requestsPerSecond! < 40 / 0.5,
          `requests/s ${summary.requestsPerSecond}`,
        );
        assert.ok(summary.eventLoopUtilization! > 0);
      });
    }

    test('drill-down: histograms, series, routes and exemplars, slowest first', async () => {
      const base = `${dashboard.url}/api/services/shop-protobuf/middleware`;
      const { status, body } = await getJson<MiddlewareDetail>(`${base}/blocker?range=15m&limit=50`);
      assert.equal(status, 200);
      assert.equal(body.summary.calls, 40);
      assert.deepEqual(
        body.hopKinds.map((k) => [k.kind, k.perCall]),
        [
          ['microtask', 0],
          ['io', 0],
          ['threadpool', 0],
          ['worker', 0],
          ['thread', 0],
        ],
      );
      const hasher = await getJson<MiddlewareDetail>(`${base}/hasher?range=15m`);
      assert.ok(hasher.body.hopKinds.find((k) => k.kind === 'threadpool')!.perCall >= 1);
      const count = (bs: { count: number }[]) => bs.reduce((n, b) => n + b.count, 0);
      assert.equal(count(body.histograms.occupancy), 40);
      const mode = body.histograms.occupancy.reduce((a, b) => (b.count > a.count ? b : a));
      assert.ok(mode.lowerMs <= 8.5 && mode.upperMs >= 7.9, `most calls near 8 ms: ${JSON.stringify(mode)}`);
      assert.equal(
        body.series.reduce((n, p) => n + p.calls, 0),
        40,
      );
      // Stamped at the start of their minute, not at the range's own offset.
      assert.ok(
        body.series.every((p) => p.t.endsWith(':00.000Z')),
        `series times ${body.series.map((p) => p.t).join(', ')}`,
      );
      assert.deepEqual(
        body.routes.map((r) => [r.method, r.route, r.calls]),
        [['GET', '/items/:id', 40]],
      );
      // The minute's three slowest requests and two by id, which may be among the slowest
      // (a flake seen once: 4): three at least.
      assert.ok(body.exemplars.length >= 3, `${body.exemplars.length} exemplars`);
      const durations = body.exemplars.map((e) => e.durationMs);
      assert.deepEqual(
        durations,
        [...durations].sort((a, b) => b - a),
      );
      assert.match(body.exemplars[0].traceId, /^[0-9a-f]{32}$/);
      assert.ok(body.exemplars[0].occupancyMs! >= 7.9);
      assert.equal((await getJson(`${base}/nothing?range=15m`)).status, 404);
      assert.equal((await getJson(`${base}/blocker?limit=5000`)).status, 400);
    });

    test('live: a summary a second over SSE, new data arriving without a new request', async () => {
      const controller = new AbortController();
      const res = await fetch(`${dashboard.url}/api/services/live-svc/live`, { signal: controller.signal });
      assert.equal(res.status, 404, 'no stream for a service never seen');
      await runInstrumentedService({ endpoint: dashboard.url, service: 'live-svc', requests: 10, blockMs: 1 });
      const stream = await fetch(`${dashboard.url}/api/services/live-svc/live`, { signal: controller.signal });
      assert.equal(stream.headers.get('content-type'), 'text/event-stream');
      const reader = stream.body!.getReader();
      const decoder = new TextDecoder();
      let buffer = '';
      const nextSummary = async (): Promise<MiddlewareRanking> => {
        for (;;) {
          const end = buffer.indexOf('\n\n');
          if (end >= 0) {
            const event = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            const data = /^data: (.*)$/m.exec(event);
            if (/^event: summary$/m.test(event) && data) return JSON.parse(data[1]);
            continue;
          }
          const { value, done } = await reader.read();
          assert.ok(!done, 'the stream stays open');
          buffer += decoder.decode(value, { stream: true });
        }
      };
      const first = await nextSummary();
      assert.equal(first.middleware.find((m) => m.name === 'blocker')!.calls, 10);
      await runInstrumentedService({ endpoint: dashboard.url, service: 'live-svc', requests: 15, blockMs: 1 });
      let calls = 0;
      const deadline = Date.now() + 10_000;
      while (calls !== 25 && Date.now() < deadline)
        calls = (await nextSummary()).middleware.find((m) => m.name === 'blocker')!.calls;
      assert.equal(calls, 25);
      controller.abort();
    });

    test('a version filter keeps versions apart', async () => {
      await runInstrumentedService({
        endpoint: dashboard.url,
        service: 'versions',
        version: 'a',
        requests: 10,
        blockMs: 2,
      });
      await runInstrumentedService({
        endpoint: dashboard.url,
        service: 'versions',
        version: 'b',
        requests: 20,
        blockMs: 2,
      });
      const a = await getJson<MiddlewareRanking>(
        `${dashboard.url}/api/services/versions/middleware?range=15m&version=a`,
      );
      const both = await getJson<MiddlewareRanking>(`${dashboard.url}/api/services/versions/middleware?range=15m`);
      assert.equal(a.body.middleware.find((m) => m.name === 'blocker')!.calls, 10);
      assert.equal(both.body.middleware.find((m) => m.name === 'blocker')!.calls, 30);
      const unknown = await getJson<{ error: string }>(`${dashboard.url}/api/services/versions/middleware?version=zzz`);
      assert.equal(unknown.status, 400);
      assert.match(unknown.body.error, /no version "zzz"/);
      // register() names the environment from NODE_ENV, "development" when unset.
      const env = process.env.NODE_ENV ?? 'development';
      const inEnv = await getJson<MiddlewareRanking>(
        `${dashboard.url}/api/services/versions/middleware?range=15m&environment=${env}&version=b`,
      );
      assert.equal(inEnv.body.middleware.find((m) => m.name === 'blocker')!.calls, 20);
      assert.equal(inEnv.body.environment, env);
      const otherEnv = await getJson<{ error: string }>(
        `${dashboard.url}/api/services/versions/middleware?environment=mars`,
      );
      assert.equal(otherEnv.status, 400);
      assert.match(otherEnv.body.error, /no environment "mars"/);
    });
  });
}

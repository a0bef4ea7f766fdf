// The case Hopscope was born from, on every Django of the matrix, under a real ASGI server
// through the real receiver: a sync-only middleware (5 ms of CPU before and after
// get_response) around an async view that waits 200 ms keeps a sync thread for the whole
// view. What that costs depends on Django's threading model: on Django 3.x every request's
// sync code shares one thread, so requests serialize behind the hold; since 4.0 each request
// has a thread of its own, so the hold costs threads and the CPU under the GIL binds.
// Ground truth independent of Hopscope: throughput measured at saturation (enough clients
// that the service, not the client count, is the limit), and thread switches counted by
// asgiref's classes patched in the test project.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { MiddlewareRanking } from '../../lib/query/types';
import { rankingWhen as ranking } from '../helpers/dashboard';
import { djangoMatrix, startPythonApp, type PythonRuntime } from '../helpers/python-apps';
import { dashboardForSuite } from '../helpers/suite-dashboard';

const SYNC = 'project.middleware.SyncAroundAsync';
const ASYNC = 'project.middleware.AsyncAround';
const HANDLER = 'django.handler';

/** `total` requests to `path`, `concurrency` at a time; requests/s over the whole run. */
async function saturate(url: string, path: string, total: number, concurrency: number): Promise<number> {
  let next = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) {
        const res = await fetch(`${url}${path}${next++}`);
        assert.equal(res.status, 200);
        await res.text();
      }
    }),
  );
  return total / ((performance.now() - t0) / 1000);
}

const calls = (r: MiddlewareRanking, name: string) => r.middleware.find((m) => m.name === name)?.calls ?? 0;
const within = (ceiling: number | null, measured: number, lo = 0.7, hi = 1.4) =>
  ceiling !== null && ceiling / measured >= lo && ceiling / measured <= hi;

for (const [i, runtime] of djangoMatrix().entries()) {
  describe(`django: the sync thread, ${runtime.label}`, () => {
    const dashboard = dashboardForSuite();

    /** `middleware` alone around the view at `path`, driven to saturation for the model in force. */
    async function alone(
      service: string,
      middleware: string,
      o: { path?: string; name?: string; model?: PythonRuntime['model']; env?: Record<string, string> } = {},
    ) {
      const model = o.model ?? runtime.model;
      const path = o.path ?? '/slow/';
      const app = await startPythonApp(
        {
          HOPSCOPE_ENDPOINT: dashboard.url,
          HOPSCOPE_SERVICE_NAME: service,
          TEST_DEFAULT_MIDDLEWARE: '0',
          TEST_MIDDLEWARE: middleware,
          ...o.env,
        },
        runtime,
      );
      // One shared thread serializes requests: 20 clients are plenty. A thread each: 60
      // clients keep more requests in flight than the CPU can serve.
      const [total, clients] = model === 'shared' && path === '/slow/' ? [40, 20] : [240, 60];
      let measured: number;
      try {
        measured = await saturate(app.url, path, total, clients);
      } finally {
        await app.stop();
      }
      const name = o.name ?? middleware;
      const r = await ranking(dashboard.url, service, (b) => calls(b, name) >= total);
      const m = r.middleware.find((x) => x.name === name)!;
      console.log(
        `${runtime.label}, ${service}: measured ${measured.toFixed(1)} req/s, ceiling ${r.ceilingRps?.toFixed(1)} (${r.ceiling.binding}), thread held ${m.threadHeldMsPerCall?.toFixed(0)} ms, own CPU ${m.occupancyMsPerCall?.toFixed(1)} ms, CPU ${r.resources.cpuMsPerRequest?.toFixed(1)} ms a request, threads busy ${r.syncThread.utilization?.toFixed(1)}`,
      );
      return { measured, r, m };
    }

    const brief = (measured: number, r: MiddlewareRanking) =>
      `measured ${measured.toFixed(1)} req/s; ceiling ${r.ceilingRps?.toFixed(1)} (${r.ceiling.binding}); ${JSON.stringify({ ceiling: r.ceiling, resources: r.resources, syncThread: r.syncThread })}`;

    test(`a sync-only middleware around a 200 ms async view holds a thread for it; the ceiling is the throughput at saturation (${runtime.model} model)`, async () => {
      const { measured, r, m } = await alone(`sync-around-${i}`, SYNC);
      const seen = brief(measured, r);
      assert.ok(m.threadHeldMsPerCall! >= 180, `thread held ${m.threadHeldMsPerCall} ms a call`);
      // 10 ms of the thread's CPU in busy-waits; at saturation their wall time was 26–49 ms
      // (waiting for the GIL), which occupancy on a sync thread must not count.
      assert.ok(
        m.occupancyMsPerCall! >= 9.5 && m.occupancyMsPerCall! < 13,
        `own CPU ${m.occupancyMsPerCall} ms a call`,
      );
      assert.equal(r.syncThread.model, runtime.model, seen);
      if (runtime.model === 'shared') {
        assert.ok(
          m.threadWaitMsPerCall! > 100,
          `requests queue for the one thread: ${m.threadWaitMsPerCall} ms a call`,
        );
        assert.equal(r.ceiling.binding, 'sync-thread', seen);
        assert.ok(r.ceiling.eventLoopRps! > 5 * r.ceilingRps!, 'the event loop alone would allow far more');
        // A mean over 1 s export intervals, the first and last only partly under load.
        assert.ok(
          r.syncThread.utilization! > 0.5 && r.syncThread.utilization! <= 1.05,
          `the sync thread was busy ${r.syncThread.utilization} of the time`,
        );
      } else {
        // A thread per request: no queue to speak of; 10 ms of CPU a request under the GIL binds.
        assert.equal(r.ceiling.syncThreadRps, null, seen);
        assert.equal(r.ceiling.binding, 'cpu', seen);
        // Little's law: threads busy = requests/s × thread held (a mean over intervals only
        // partly under load, so at least half of it).
        const expected = measured * (m.threadHeldMsPerCall! / 1000);
        assert.ok(
          r.syncThread.utilization! >= expected * 0.5,
          `threads busy ${r.syncThread.utilization} against ${expected.toFixed(1)}`,
        );
      }
      assert.ok(within(r.ceilingRps, measured), seen);
    });

    test('the same work async-capable holds no thread; the ceiling is the CPU under the GIL', async () => {
      const { measured, r, m } = await alone(`async-around-${i}`, ASYNC, { model: 'per-request' });
      assert.ok(m.threadHeldMsPerCall! < 1, `thread held ${m.threadHeldMsPerCall} ms a call`);
      assert.equal(m.hopsPerCall, 0);
      // 10 ms of CPU a request (5 before and after the view) on the event loop, on one
      // interpreter: the loop and the CPU under the GIL run out together (~100/s); either binds.
      assert.ok(r.ceiling.binding === 'cpu' || r.ceiling.binding === 'event-loop', brief(measured, r));
      assert.ok(r.resources.cpuMsPerRequest! >= 9.5, `CPU ${r.resources.cpuMsPerRequest} ms a request`);
      assert.ok(r.resources.cores! <= 1, `the GIL: at most one core for Python, got ${r.resources.cores}`);
      assert.ok(within(r.ceilingRps, measured), brief(measured, r));
    });

    test('a sync view doing 20 ms of CPU under async middleware: a thread for the view, the GIL binds', async () => {
      const { measured, r, m } = await alone(`sync-view-${i}`, 'project.middleware.AsyncCapable', {
        path: '/cpu/',
        name: 'project.views.sync_cpu',
      });
      assert.equal(m.framework, 'django');
      assert.ok(m.occupancyMsPerCall! >= 19.5, `the view's CPU: ${m.occupancyMsPerCall} ms`);
      assert.ok(r.resources.cpuMsPerRequest! >= 19.5, `CPU ${r.resources.cpuMsPerRequest} ms a request`);
      // On the shared thread the hold and the CPU are the same 20 ms: either may be named.
      if (runtime.model === 'per-request') assert.equal(r.ceiling.binding, 'cpu', brief(measured, r));
      assert.ok(within(r.ceilingRps, measured), brief(measured, r));
    });

    if (runtime.model === 'shared') {
      test('the same Django 3.2 app inside a per-request ThreadSensitiveContext (what 4.0+ does) is told apart: a thread each, the CPU binds', async () => {
        const { measured, r } = await alone(`sync-around-context-${i}`, SYNC, {
          model: 'per-request',
          env: { TEST_THREAD_CONTEXT: '1' },
        });
        assert.equal(r.syncThread.model, 'per-request', brief(measured, r));
        assert.equal(r.ceiling.binding, 'cpu', brief(measured, r));
        assert.ok(measured > 20, `${measured.toFixed(1)} req/s: requests no longer serialize behind one thread`);
        assert.ok(within(r.ceilingRps, measured), brief(measured, r));
      });
    }

    test("Django's default MIDDLEWARE: per-middleware switches, the handler's own, totals equal asgiref's count", async () => {
      const service = `defaults-${i}`;
      const app = await startPythonApp(
        {
          HOPSCOPE_ENDPOINT: dashboard.url,
          HOPSCOPE_SERVICE_NAME: service,
          TEST_MIDDLEWARE: '',
          TEST_COUNT_SWITCHES: '1',
        },
        runtime,
      );
      const N = 20;
      let perRequest: number;
      try {
        const count = async () => {
          const c = (await (await fetch(`${app.url}/switches`)).json()) as {
            sync_to_async: number;
            async_to_sync: number;
          };
          return c.sync_to_async + c.async_to_sync;
        };
        const before = await count();
        for (let k = 0; k < N; k++) await (await fetch(`${app.url}/items/${k}`)).text();
        // The two /switches requests count half a request each: the first after its read,
        // the second before it.
        perRequest = ((await count()) - before) / (N + 1);
      } finally {
        await app.stop();
      }
      const r = await ranking(dashboard.url, service, (b) => calls(b, HANDLER) >= N + 3);
      const hops = Object.fromEntries(r.middleware.map((m) => [m.name, m.hopsPerCall!]));
      const total = Object.values(hops).reduce((a, b) => a + b, 0);
      console.log(
        `${runtime.label}: asgiref counted ${perRequest} switches a request; Hopscope: ${JSON.stringify(hops)}`,
      );
      assert.equal(
        Math.round(total * 100) / 100,
        perRequest,
        `Hopscope's rows add up to ${total}: ${JSON.stringify(hops)}`,
      );
      assert.equal(hops['django.middleware.csrf.CsrfViewMiddleware'], 3);
      assert.equal(hops['django.contrib.auth.middleware.AuthenticationMiddleware'], 1);
    });
  });
}

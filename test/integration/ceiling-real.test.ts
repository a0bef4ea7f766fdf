// The concurrency ceiling with real middleware nobody here wrote, on each framework
// (instrumentation/node/test/fixtures/real-*-app.ts: security headers, CORS, cookies, a
// body parser, sessions, rate limiting, passport, compression): driven to saturation with
// the heavy middleware (logins: passport-local verifying a bcrypt hash, ~70 ms of the
// thread each) and without it (a page gzipped by the framework's compression middleware on
// libuv's pool), the ceiling shown against the throughput autocannon measured; and a
// NestJS app of known costs (its guard, interceptor, pipe and middleware). The services run on the Node running the tests and on Node 24 (active LTS).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { measureAtSaturation, startSaturationService, type LoadRequest } from '../helpers/saturation';
import { dashboardForSuite } from '../helpers/suite-dashboard';
import { ensureNodeLine } from '../../scripts/node-lines';
import { PASSWORD } from '../../instrumentation/node/test/fixtures/real-express-app';

const SECONDS = 6;
const LOAD_CPU = '1';
const FRAMEWORKS = ['express', 'koa', 'fastify'] as const;

// Enough clients that the service, not the clients, is the limit, and no more: the load
// generator counts what completes within its run, so a run ends with one request per client
// still in flight. 16 clients at ~75 ms a login are 1.2 s of requests in flight; they read
// 10.8/s where 4 clients read 12.5-12.8/s, the service busy throughout either way.
const LOADS: { name: string; path: string; connections: number; request: LoadRequest }[] = [
  {
    name: 'logins',
    path: '/login',
    connections: 4,
    request: {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'ada', password: PASSWORD }),
    },
  },
  { name: 'pages', path: '/page', connections: 16, request: { headers: { 'accept-encoding': 'gzip' } } },
];

const RUNTIMES = [...new Set([process.execPath, ensureNodeLine('24')])];

for (const node of RUNTIMES)
  describe(`the ceiling with real middleware matches throughput at saturation (services on ${node === process.execPath ? process.version : 'Node 24'})`, () => {
    const dashboard = dashboardForSuite();

    for (const framework of FRAMEWORKS) {
      for (const load of LOADS) {
        test(`${framework}, ${load.name}: ceiling within 0.8-1.3x of measured throughput`, async () => {
          const service = `real-${framework}-${load.name}`;
          const s = await startSaturationService(
            { SERVICE: service, ENDPOINT: dashboard.url, FRAMEWORK: framework },
            undefined,
            node,
            'real-saturation-service.ts',
          );
          const m = await measureAtSaturation(dashboard.url, service, s, {
            path: load.path,
            ...load.request,
            seconds: SECONDS,
            connections: load.connections,
            cpus: LOAD_CPU,
          });
          const c = m.ranking.ceiling;
          const top = m.ranking.middleware[0];
          const detail = `measured ${m.rps.toFixed(0)} req/s; ceiling ${m.ranking.ceilingRps?.toFixed(0)} (${c.binding}); loop ${c.eventLoopRps?.toFixed(0)}, pool ${c.threadPoolRps?.toFixed(0)}, cpu ${c.cpuRps?.toFixed(0)}; first ${top?.name} ${top?.occupancyMsPerCall?.toFixed(2)} ms a call; ${JSON.stringify(m.ranking.resources)}`;
          console.log(`${framework} ${load.name}: ${detail}`);
          const ratio = m.ranking.ceilingRps! / m.rps;
          assert.ok(ratio >= 0.8 && ratio <= 1.3, `ratio ${ratio.toFixed(2)}: ${detail}`);
          // The logins' password check binds: its row comes first.
          if (load.name === 'logins') assert.ok(top.occupancyMsPerCall! > 20, detail);
        });
      }
    }

    // NestJS's blocks are rows of their own (a guard, an interceptor, a pipe, two middleware
    // classes: ~27 ms of busy-waits a request); the route's row keeps only the rest.
    test('nestjs, a guarded route: ceiling within 0.8-1.3x of measured throughput, the guard first', async () => {
      const service = 'nestjs-items';
      const s = await startSaturationService(
        { SERVICE: service, ENDPOINT: dashboard.url, FRAMEWORK: 'nestjs' },
        undefined,
        node,
        'real-saturation-service.ts',
      );
      const m = await measureAtSaturation(dashboard.url, service, s, {
        path: '/items/7',
        seconds: SECONDS,
        connections: 8,
        cpus: LOAD_CPU,
      });
      const c = m.ranking.ceiling;
      const detail = `measured ${m.rps.toFixed(0)} req/s; ceiling ${m.ranking.ceilingRps?.toFixed(0)} (${c.binding}); rows ${m.ranking.middleware.map((r) => `${r.name} ${r.occupancyMsPerCall?.toFixed(2)}`).join(', ')}`;
      console.log(`nestjs: ${detail}`);
      const ratio = m.ranking.ceilingRps! / m.rps;
      assert.ok(ratio >= 0.8 && ratio <= 1.3, `ratio ${ratio.toFixed(2)}: ${detail}`);
      assert.equal(m.ranking.middleware[0].name, 'AuthGuard', detail);
    });
  });

// The concurrency ceiling against the throughput measured at saturation, for each resource
// that can bind: the event loop (a busy-wait), libuv's thread pool (an async pbkdf2 on a pool
// of one thread), the CPU (pbkdf2 on four pool threads, the service pinned to one core) and a
// mix; and the pool-bound middleware's "ceiling without it" against the same service
// measured without it. Ground truth: autocannon in a process of its own, on the other core.
// The services run on the Node running the tests and on Node 24 (active LTS), whose libuv
// names its pool's threads.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { MiddlewareRanking } from '../../lib/query/types';
import { getJson, startDashboard, type Dashboard } from '../helpers/dashboard';
import { saturate, startSaturationService } from '../helpers/saturation';
import { sqliteStore, type TestStore } from '../helpers/stores';
import { ensureNodeLine } from '../../scripts/node-lines';

const SECONDS = 6;
const CONNECTIONS = 32;
const LOAD_CPU = '1';

type Scenario = { name: string; env: Record<string, string>; cpus?: string; binds: MiddlewareRanking['ceiling']['binding'] };

const SCENARIOS: Scenario[] = [
  { name: 'loop', env: { SYNC_MS: '3' }, binds: 'event-loop' },
  // One pool thread, 4 ms of pbkdf2 a request: at most ~250/s, with CPU to spare.
  { name: 'pool', env: { SYNC_MS: '1', POOL_ITERATIONS: '21000', UV_THREADPOOL_SIZE: '1' }, binds: 'thread-pool' },
  // Four pool threads on one core: the core runs out before the pool or the loop.
  { name: 'cpu', env: { SYNC_MS: '0.2', POOL_ITERATIONS: '16000', UV_THREADPOOL_SIZE: '4' }, cpus: '0', binds: 'cpu' },
  // Thread and pool work together, the thread's the larger.
  { name: 'mixed', env: { SYNC_MS: '3', POOL_ITERATIONS: '5000' }, binds: 'event-loop' },
];

const RUNTIMES = [...new Set([process.execPath, ensureNodeLine('24')])];

for (const node of RUNTIMES) describe(`the ceiling matches throughput at saturation, and names what binds (services on ${node === process.execPath ? process.version : 'Node 24'})`, () => {
  let store: TestStore;
  let dashboard: Dashboard;
  before(async () => {
    store = sqliteStore();
    dashboard = await startDashboard(store.url);
  });
  after(async () => {
    await dashboard?.stop();
    await store?.cleanup();
  });

  /** Runs the service at saturation; returns the throughput measured and the ranking the API gives. */
  async function measure(service: string, env: Record<string, string>, cpus?: string): Promise<{ rps: number; ranking: MiddlewareRanking }> {
    const s = await startSaturationService({ ...env, SERVICE: service, ENDPOINT: dashboard.url }, cpus, node);
    let rps: number;
    try {
      await saturate(s.url, { seconds: 2, connections: CONNECTIONS, cpus: LOAD_CPU }); // warm up
      rps = await saturate(s.url, { seconds: SECONDS, connections: CONNECTIONS, cpus: LOAD_CPU });
    } finally {
      await s.stop();
    }
    const { status, body } = await getJson<MiddlewareRanking>(`${dashboard.url}/api/services/${service}/middleware?range=15m`);
    assert.equal(status, 200);
    return { rps, ranking: body };
  }

  const ratios: Record<string, { rps: number; ranking: MiddlewareRanking }> = {};
  for (const sc of SCENARIOS) {
    test(`${sc.name}-bound: ceiling within 0.8-1.3x of measured throughput, ${sc.binds} named`, async () => {
      const m = await measure(`ceiling-${sc.name}`, sc.env, sc.cpus);
      ratios[sc.name] = m;
      const c = m.ranking.ceiling;
      const detail = `measured ${m.rps.toFixed(0)} req/s; ceiling ${m.ranking.ceilingRps?.toFixed(0)} (${c.binding}); loop ${c.eventLoopRps?.toFixed(0)}, pool ${c.threadPoolRps?.toFixed(0)}, cpu ${c.cpuRps?.toFixed(0)}; ${JSON.stringify(m.ranking.resources)}`;
      console.log(`${sc.name}: ${detail}`);
      assert.equal(c.binding, sc.binds, detail);
      const ratio = m.ranking.ceilingRps! / m.rps;
      assert.ok(ratio >= 0.8 && ratio <= 1.3, `ratio ${ratio.toFixed(2)}: ${detail}`);
    });
  }

  test('the pool-bound middleware: "ceiling without it" within 0.7-1.4x of the service measured without it', async () => {
    const withIt = ratios.pool ?? (await measure('ceiling-pool', SCENARIOS[1].env));
    const hasher = withIt.ranking.middleware.find((m) => m.name === 'hasher')!;
    const without = await measure('ceiling-pool-removed', { SYNC_MS: '1', UV_THREADPOOL_SIZE: '1' });
    const ratio = hasher.ceilingWithoutRps! / without.rps;
    console.log(`without hasher: predicted ${hasher.ceilingWithoutRps?.toFixed(0)}, measured ${without.rps.toFixed(0)}`);
    assert.ok(ratio >= 0.7 && ratio <= 1.4, `predicted ${hasher.ceilingWithoutRps} req/s, measured ${without.rps.toFixed(0)} (${ratio.toFixed(2)}x)`);
  });
});

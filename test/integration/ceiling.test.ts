// The concurrency ceiling against the throughput measured at saturation, for each resource
// that can bind: the event loop (a busy-wait), libuv's thread pool (an async pbkdf2 on a pool
// of one thread), the CPU (pbkdf2 on four pool threads, the service pinned to one core), a
// mix, and the loop-bound service beside another process spinning on a core; and the
// pool-bound middleware's "ceiling without it" against the same service measured without
// it. Ground truth: autocannon in a process of its own, on the other core.
// The services run on the Node running the tests and on Node 24 (active LTS), whose libuv
// names its pool's threads.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import type { MiddlewareRanking } from '../../lib/query/types';
import { measureAtSaturation, startSaturationService } from '../helpers/saturation';
import { dashboardForSuite } from '../helpers/suite-dashboard';
import { ensureNodeLine } from '../../scripts/node-lines';

const SECONDS = 6;
const CONNECTIONS = 32;
const LOAD_CPU = '1';

type Resource = MiddlewareRanking['ceiling']['binding'];
/** `neighbour`: another process spins on the machine meanwhile; `binds`: what may be named. */
type Scenario = { name: string; env: Record<string, string>; cpus?: string; neighbour?: true; binds: Resource[] };

const SCENARIOS: Scenario[] = [
  // 8 ms on the loop a request, the service free to use both cores: at ~125/s the load
  // generator needs little of the other core, so the loop binds with CPU to spare. (At 3 ms
  // a request, 300/s, the load generator took enough of the second core that the CPU bound
  // as often as the loop on a busy machine, and the ceiling said so.)
  { name: 'loop', env: { SYNC_MS: '8' }, binds: ['event-loop'] },
  // One pool thread, 4 ms of pbkdf2 a request: at most ~250/s, with CPU to spare.
  { name: 'pool', env: { SYNC_MS: '1', POOL_ITERATIONS: '21000', UV_THREADPOOL_SIZE: '1' }, binds: ['thread-pool'] },
  // Four pool threads on one core: the core runs out before the pool or the loop.
  {
    name: 'cpu',
    env: { SYNC_MS: '0.2', POOL_ITERATIONS: '16000', UV_THREADPOOL_SIZE: '4' },
    cpus: '0',
    binds: ['cpu'],
  },
  // Thread and pool work together, the thread's the larger.
  { name: 'mixed', env: { SYNC_MS: '8', POOL_ITERATIONS: '5000' }, binds: ['event-loop'] },
  // The loop-bound service while another process spins on one of the two cores: the loop
  // waits for a core behind it, which the loop's time must keep (the CPU's rule sees cores
  // left over, but the loop can use one). Either the loop or the CPU may be named.
  { name: 'neighbour', env: { SYNC_MS: '8' }, neighbour: true, binds: ['event-loop', 'cpu'] },
];

const RUNTIMES = [...new Set([process.execPath, ensureNodeLine('24')])];

for (const node of RUNTIMES)
  describe(`the ceiling matches throughput at saturation, and names what binds (services on ${node === process.execPath ? process.version : 'Node 24'})`, () => {
    const dashboard = dashboardForSuite();

    /** Runs the service at saturation; returns the throughput measured and the ranking the API gives. */
    async function measure(
      service: string,
      env: Record<string, string>,
      cpus?: string,
    ): Promise<{ rps: number; ranking: MiddlewareRanking }> {
      const s = await startSaturationService({ ...env, SERVICE: service, ENDPOINT: dashboard.url }, cpus, node);
      return measureAtSaturation(dashboard.url, service, s, {
        seconds: SECONDS,
        connections: CONNECTIONS,
        cpus: LOAD_CPU,
      });
    }

    const ratios: Record<string, { rps: number; ranking: MiddlewareRanking }> = {};
    for (const sc of SCENARIOS) {
      test(`${sc.name}: ceiling within 0.8-1.3x of measured throughput, ${sc.binds.join(' or ')} named`, async () => {
        const neighbour = sc.neighbour ? spawn(process.execPath, ['-e', 'for (;;);'], { stdio: 'ignore' }) : null;
        let m: { rps: number; ranking: MiddlewareRanking };
        try {
          m = await measure(`ceiling-${sc.name}`, sc.env, sc.cpus);
        } finally {
          neighbour?.kill();
        }
        ratios[sc.name] = m;
        const c = m.ranking.ceiling;
        const detail = `measured ${m.rps.toFixed(0)} req/s; ceiling ${m.ranking.ceilingRps?.toFixed(0)} (${c.binding}); loop ${c.eventLoopRps?.toFixed(0)}, pool ${c.threadPoolRps?.toFixed(0)}, cpu ${c.cpuRps?.toFixed(0)}; ${JSON.stringify(m.ranking.resources)}`;
        console.log(`${sc.name}: ${detail}`);
        assert.ok(sc.binds.includes(c.binding), detail);
        const ratio = m.ranking.ceilingRps! / m.rps;
        assert.ok(ratio >= 0.8 && ratio <= 1.3, `ratio ${ratio.toFixed(2)}: ${detail}`);
      });
    }

    // The prediction takes out what the middleware used; it cannot know that the loop's own
    // work gets cheaper too once the pool thread stops computing beside it: with the hasher
    // the loop used 1.63 ms of CPU a request (CPU per request = loop + pool: no preemption),
    // without it 1.15 ms (Node 20, two vCPUs), so the prediction read 0.75-0.85x, and 0.59x
    // once with other tests on the cores. It is a floor (the headline says "at least"): never
    // above what is measured without it, and not so low as to say nothing.
    test('the pool-bound middleware: "ceiling without it" is a floor, 0.5-1.15x of the service measured without it', async () => {
      const withIt = ratios.pool ?? (await measure('ceiling-pool', SCENARIOS[1].env));
      const hasher = withIt.ranking.middleware.find((m) => m.name === 'hasher')!;
      const without = await measure('ceiling-pool-removed', { SYNC_MS: '1', UV_THREADPOOL_SIZE: '1' });
      const ratio = hasher.ceilingWithoutRps! / without.rps;
      console.log(
        `without hasher: predicted ${hasher.ceilingWithoutRps?.toFixed(0)}, measured ${without.rps.toFixed(0)}`,
      );
      assert.ok(
        ratio >= 0.5 && ratio <= 1.15,
        `predicted ${hasher.ceilingWithoutRps} req/s, measured ${without.rps.toFixed(0)} (${ratio.toFixed(2)}x)`,
      );
    });
  });

// The concurrency ceiling: the most requests per second a process can serve, set by
// whichever resource runs out first (DESIGN: "concurrency ceiling"). Each resource's
// ceiling is its capacity over what one request uses of it, from what the producers
// measured over the same intervals (lib/rollup/runtime.ts):
//   event loop   1 / (loop busy seconds per request): Node reports the loop's busy time;
//                where a producer does not, the middleware's occupancy stands for it;
//   thread pool  pool threads / (pool thread seconds per request), queueing excluded;
//   CPU          usable cores / (process CPU seconds per request): work moved off the
//                thread still needs a core (Python: one, while the GIL serialises threads);
//   sync thread  1 / (thread held per request), where sync code shares one thread (Django
//                3.x under ASGI).
// A middleware's "ceiling without it" takes its share out of every resource it used: its
// occupancy from the loop and the CPU, its part of the pool's time (by its share of all
// pool hop time) from the pool and the CPU, its hold from the sync thread. Occupancy is
// wall time on an event loop (Django's sync threads report their CPU time): where the
// middleware's time adds up to more than the CPU the process used (a loop waiting for the
// GIL), its CPU part is scaled down alike.
import type { Ceiling, Resource } from './types';

/** What a range's requests used (seconds), and what each resource can give. */
export type Usage = {
  requests: number;
  loop: number;
  pool: number | null;
  poolThreads: number | null;
  cpu: number | null;
  cores: number | null;
  held: number;
};

/** One middleware's part of Usage (seconds): of the loop, the pool, the CPU (its loop and
 *  pool parts as CPU) and the shared sync thread. */
export type Share = { loop: number; pool: number; cpu: number; held: number };

const rps = (requests: number, capacity: number | null, used: number | null): number | null =>
  requests > 0 && capacity !== null && capacity > 0 && used !== null && used > 0 ? (requests * capacity) / used : null;

export function ceilingOf(u: Usage): Ceiling {
  const c = {
    eventLoopRps: rps(u.requests, 1, u.loop),
    threadPoolRps: rps(u.requests, u.poolThreads, u.pool),
    cpuRps: rps(u.requests, u.cores, u.cpu),
    syncThreadRps: rps(u.requests, 1, u.held),
  };
  const candidates: [Resource, number | null][] = [
    ['event-loop', c.eventLoopRps],
    ['thread-pool', c.threadPoolRps],
    ['cpu', c.cpuRps],
    ['sync-thread', c.syncThreadRps],
  ];
  let binding: Resource | null = null;
  let lowest = Infinity;
  for (const [resource, value] of candidates) {
    if (value !== null && value < lowest) {
      lowest = value;
      binding = resource;
    }
  }
  return { ...c, binding };
}

/** The ceiling that binds: requests/s the service can serve at most. */
export function bindingRps(c: Ceiling): number | null {
  switch (c.binding) {
    case 'event-loop':
      return c.eventLoopRps;
    case 'thread-pool':
      return c.threadPoolRps;
    case 'cpu':
      return c.cpuRps;
    case 'sync-thread':
      return c.syncThreadRps;
    default:
      return null;
  }
}

/** Usage with a middleware's share taken out of every resource it used. */
export function usageWithout(u: Usage, s: Share): Usage {
  const less = (v: number, by: number) => Math.max(0, v - by);
  return {
    ...u,
    loop: less(u.loop, s.loop),
    pool: u.pool === null ? null : less(u.pool, s.pool),
    cpu: u.cpu === null ? null : less(u.cpu, s.cpu),
    held: less(u.held, s.held),
  };
}

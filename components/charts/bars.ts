// Per-call occupancy beside waiting (duration minus occupancy), and for the Python producers
// the thread held beyond that (Django's sync thread, a Starlette pool thread) and the queueing
// for it, for OccupancyChart, in the
// order middleware run in a request (from sampled spans; unknown positions last).
import type { MiddlewareRow } from '@/lib/query/types';

export type OccupancyBar = {
  name: string;
  /** The middleware that most limits the service (Headline's blocker): drawn to stand out. */
  blocker: boolean;
  occupancyMs: number;
  /** A thread kept beyond its own code: Django's sync thread (across downstream, an async
   *  view), a Starlette pool thread (a sync dependency waiting on its database). */
  heldMs: number;
  /** Queued for that thread (Django's sync thread, a pool token). */
  queuedMs: number;
  waitingMs: number;
};

export function occupancyBars(rows: MiddlewareRow[], blocker?: string): OccupancyBar[] {
  return rows
    .filter((m) => m.measured)
    .sort((a, b) => (a.position ?? Infinity) - (b.position ?? Infinity))
    .map((m) => {
      const occupancyMs = m.occupancyMsPerCall ?? 0;
      const queuedMs = m.threadWaitMsPerCall ?? 0;
      return {
        name: m.name,
        blocker: m.name === blocker,
        occupancyMs,
        heldMs: Math.max(0, (m.threadHeldMsPerCall ?? 0) - occupancyMs),
        queuedMs,
        waitingMs: Math.max(0, (m.durationMsPerCall ?? 0) - occupancyMs - queuedMs),
      };
    });
}

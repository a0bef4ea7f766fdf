// Per-call occupancy beside waiting (duration minus occupancy), for OccupancyChart, in the
// order middleware run in a request (from sampled spans; unknown positions last).
import type { MiddlewareRow } from '@/lib/query/types';

export type OccupancyBar = { name: string; occupancyMs: number; waitingMs: number };

export function occupancyBars(rows: MiddlewareRow[]): OccupancyBar[] {
  return rows
    .filter((m) => m.measured)
    .sort((a, b) => (a.position ?? Infinity) - (b.position ?? Infinity))
    .map((m) => ({
      name: m.name,
      occupancyMs: m.occupancyMsPerCall ?? 0,
      waitingMs: Math.max(0, (m.durationMsPerCall ?? 0) - (m.occupancyMsPerCall ?? 0)),
    }));
}

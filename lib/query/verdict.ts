// The compare page's verdict for one middleware, with a rule that accounts for noise:
// a change counts only when it is large both relatively and absolutely, when the median
// and the p95 move the same way (a few slow calls, a cold start, move only the tail), and
// only with enough calls on each side. Documented in the README ("Compare").
import type { MiddlewareRow } from './types';

export type Verdict = 'better' | 'worse' | 'unchanged';

/** Fewer calls than this on either side: not enough to call a change. */
export const MIN_CALLS = 30;
/** A change must exceed this share of the baseline… */
export const MIN_RELATIVE = 0.1;
/** …and this many milliseconds (occupancy, duration). */
export const MIN_ABSOLUTE_MS = { occupancy: 0.05, duration: 0.5 } as const;

function direction(a: number | null, b: number | null, absoluteMs: number): -1 | 0 | 1 {
  if (a === null || b === null) return 0;
  const change = b - a;
  if (Math.abs(change) < absoluteMs || Math.abs(change) < MIN_RELATIVE * Math.abs(a)) return 0;
  return change > 0 ? 1 : -1;
}

/** +1 or -1 when both the median and the p95 moved that way beyond the thresholds. */
function moved(a50: number | null, b50: number | null, a95: number | null, b95: number | null, absoluteMs: number): -1 | 0 | 1 {
  const median = direction(a50, b50, absoluteMs);
  return median === direction(a95, b95, absoluteMs) ? median : 0;
}

export function verdict(a: MiddlewareRow | undefined, b: MiddlewareRow | undefined): Verdict {
  if (a === undefined || b === undefined || a.calls < MIN_CALLS || b.calls < MIN_CALLS) return 'unchanged';
  const changes = [
    moved(a.occupancyP50Ms, b.occupancyP50Ms, a.occupancyP95Ms, b.occupancyP95Ms, MIN_ABSOLUTE_MS.occupancy),
    // Django's shared sync thread: kept longer is worse, as thread time is (mean and p95).
    moved(a.threadHeldMsPerCall, b.threadHeldMsPerCall, a.threadHeldP95Ms, b.threadHeldP95Ms, MIN_ABSOLUTE_MS.occupancy),
    moved(a.durationP50Ms, b.durationP50Ms, a.durationP95Ms, b.durationP95Ms, MIN_ABSOLUTE_MS.duration),
  ];
  if (changes.includes(1)) return 'worse';
  if (changes.includes(-1)) return 'better';
  return 'unchanged';
}

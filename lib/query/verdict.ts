// The compare page's verdicts for one middleware, two of them, because a change can help
// one and cost the other (moving a password hash to the thread pool frees the thread and
// makes the request wait longer):
//   thread  — does it block concurrency less or more? occupancy (thread time) and, where
//             reported, how long it holds Django's shared sync thread;
//   latency — does it take longer? its own duration.
// A change counts only when it stands out from noise: two figures move the same way, each
// by more than MIN_RELATIVE of A and by more than an absolute floor, with at least
// MIN_CALLS calls on each side. For the thread, the median and the mean per call (the mean
// is what the ceiling is made of; for thread held, the mean and the p95): a tail that
// moves alone (a cold start, a GC pause, a machine busier in one run) is unchanged. For
// latency, the median and the p95. A middleware only in B is `new`,
// only in A `gone`; too few calls on a side to judge is `no-data`. Documented in the
// README ("Compare").
import type { MiddlewareRow } from './types';

export type Verdict = 'better' | 'worse' | 'unchanged' | 'new' | 'gone' | 'no-data';
export type Verdicts = { thread: Verdict; latency: Verdict };

/** Fewer calls than this on either side: not enough to call a change. */
export const MIN_CALLS = 30;
/** A change must exceed this share of the baseline… */
export const MIN_RELATIVE = 0.1;
/** …and this many milliseconds: 10 µs of thread time (a synchronous log write going from
 *  78 to 19 µs is a real change, one a shared machine's jitter does not make over thousands
 *  of calls), 0.5 ms of duration. */
export const MIN_ABSOLUTE_MS = { thread: 0.01, duration: 0.5 } as const;

type Move = -1 | 0 | 1;

function direction(a: number | null, b: number | null, absoluteMs: number): Move {
  if (a === null || b === null) return 0;
  const change = b - a;
  if (Math.abs(change) < absoluteMs || Math.abs(change) < MIN_RELATIVE * Math.abs(a)) return 0;
  return change > 0 ? 1 : -1;
}

/** +1 or -1 when both the centre and the p95 moved that way beyond the thresholds. */
function moved(a: [number | null, number | null], b: [number | null, number | null], absoluteMs: number): Move {
  const centre = direction(a[0], b[0], absoluteMs);
  return centre === direction(a[1], b[1], absoluteMs) ? centre : 0;
}

/** Worse if any measure got worse; otherwise better if any got better. */
function judge(moves: Move[]): Verdict {
  return moves.includes(1) ? 'worse' : moves.includes(-1) ? 'better' : 'unchanged';
}

export function verdicts(a: MiddlewareRow | undefined, b: MiddlewareRow | undefined): Verdicts {
  const presence: Verdict | null =
    a === undefined && b === undefined ? 'no-data'
    : a === undefined ? 'new'
    : b === undefined ? 'gone'
    : a.calls < MIN_CALLS || b.calls < MIN_CALLS ? 'no-data'
    : null;
  if (presence !== null || a === undefined || b === undefined) return { thread: presence!, latency: presence! };
  const thread = a.measured && b.measured
    ? judge([
        moved([a.occupancyP50Ms, a.occupancyMsPerCall], [b.occupancyP50Ms, b.occupancyMsPerCall], MIN_ABSOLUTE_MS.thread),
        moved([a.threadHeldMsPerCall, a.threadHeldP95Ms], [b.threadHeldMsPerCall, b.threadHeldP95Ms], MIN_ABSOLUTE_MS.thread),
      ])
    : 'no-data';
  const latency = judge([moved([a.durationP50Ms, a.durationP95Ms], [b.durationP50Ms, b.durationP95Ms], MIN_ABSOLUTE_MS.duration)]);
  return { thread, latency };
}

// The compare page's verdicts for one middleware, two of them, because a change can help
// one and cost the other (moving a password hash to the thread pool frees the thread and
// makes the request wait longer). VERDICT_RULE below says the rule in words: the page
// shows it, and shows exactly the figures it judges, beside the verdict; the README
// quotes it. A tail that moves alone (a cold start, a GC pause, a machine busier in one
// run) is unchanged; so is stall, which grows with how many requests are in flight, not
// only with the middleware.
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

/** The rule, in words, as the compare page and the README state it. */
export const VERDICT_RULE =
  `Thread — does it block concurrency? Judged on its occupancy per call: the median and the mean (the mean is what the ` +
  `ceiling is made of), and for Django the sync thread held per call, mean and p95. Latency — does it take longer? ` +
  `Judged on its own duration: the median and the p95. A figure pair counts as moved when both figures move the same ` +
  `way by more than ${MIN_RELATIVE * 100} % and by more than ${MIN_ABSOLUTE_MS.thread} ms of thread time ` +
  `(${MIN_ABSOLUTE_MS.duration} ms of duration), with at least ${MIN_CALLS} calls on each side. Worse if any pair rose; ` +
  `otherwise better if any fell; otherwise unchanged.`;

type Move = -1 | 0 | 1;

function direction(a: number | null, b: number | null, absoluteMs: number): Move {
  if (a === null || b === null) return 0;
  const change = b - a;
  if (Math.abs(change) < absoluteMs || Math.abs(change) < MIN_RELATIVE * Math.abs(a)) return 0;
  return change > 0 ? 1 : -1;
}

/** +1 or -1 when both figures of a pair moved that way beyond the thresholds. */
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
    a === undefined && b === undefined
      ? 'no-data'
      : a === undefined
        ? 'new'
        : b === undefined
          ? 'gone'
          : a.calls < MIN_CALLS || b.calls < MIN_CALLS
            ? 'no-data'
            : null;
  if (presence !== null || a === undefined || b === undefined) return { thread: presence!, latency: presence! };
  const thread =
    a.measured && b.measured
      ? judge([
          moved(
            [a.occupancyP50Ms, a.occupancyMsPerCall],
            [b.occupancyP50Ms, b.occupancyMsPerCall],
            MIN_ABSOLUTE_MS.thread,
          ),
          moved(
            [a.threadHeldMsPerCall, a.threadHeldP95Ms],
            [b.threadHeldMsPerCall, b.threadHeldP95Ms],
            MIN_ABSOLUTE_MS.thread,
          ),
        ])
      : 'no-data';
  const latency = judge([
    moved([a.durationP50Ms, a.durationP95Ms], [b.durationP50Ms, b.durationP95Ms], MIN_ABSOLUTE_MS.duration),
  ]);
  return { thread, latency };
}

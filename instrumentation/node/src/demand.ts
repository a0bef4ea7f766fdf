// Stall on demand not yet read: requests that have reached the process and wait for the
// thread before any middleware of theirs runs. occupancy.ts charges a segment for the
// requests in flight beside it; a request whose bytes sit unread in its socket while the
// thread is held is not in flight yet, and where every request holds the thread from its
// parse to its response (the worst case) nothing else is ever in flight: stall read 0.
//
// When a request is read, the time it can have waited is bounded: it was sent after its
// connection's previous response ended (a client sends its next request on a keep-alive
// connection once it has the last response), and after the loop last sat idle (had it been
// there then, the loop would have read it). Each stretch of middleware code in that window,
// kept in a ring of recent segments, is charged its overlap with it: the time this request
// waited for it. A bound, not a measurement: a client that pauses between requests while
// the loop is busy throughout is charged its pause; a request on a new connection is
// charged from the loop's last idle moment (its wait in the accept queue before that is not
// seen), and time the thread spent outside middleware (parsing, framework code between
// them) is no middleware's.
//
// Cost: a window covers every segment since its start, which under saturation is the other
// clients' requests (hundreds of segments). Charging each at every read cost 60,000–95,000
// instructions a request more in bench:instructions (100 requests in flight; against an
// earlier run). As built, against the same build without it in one session: −8,000 to
// +37,000 a request over the four app × detail pairs, within the ±5 % the totals move
// (Hopscope adds 100,000–240,000; bare Express is 640,000–700,000). Instead a read
// only notes where its window starts (a binary search: segments are stored as they close,
// in order of their ends), and a segment counts the windows that covered it once it leaves
// the ring or a collection asks: each window covers every segment from its start to the
// newest one then, so the windows covering segment j are those noted at j or before, less
// those read before j was stored (their windows ended before it).
import { performance } from 'node:perf_hooks';
import type { Invocation } from './internal-types';

// Recent segments, oldest overwritten: 512 cover 50 clients of 10 middleware each; beyond
// that the oldest part of a window goes uncharged. Indexes grow without bound (a double
// counts exactly to 2^53); slots are index & MASK. Typed arrays: no allocation per segment.
const SIZE = 512;
const MASK = SIZE - 1;
const starts = new Float64Array(SIZE);
const ends = new Float64Array(SIZE);
const owners: (Invocation | null)[] = new Array<Invocation | null>(SIZE).fill(null);
// Windows read before each segment was stored, and windows charged to it so far.
const readsBefore = new Float64Array(SIZE);
const charged = new Float64Array(SIZE);
// Windows starting at each segment (their first whole segment).
const startingAt = new Float64Array(SIZE);
let head = 0; // index of the next segment
let reads = 0; // windows noted so far
// Windows starting at or before the newest segment that left the ring.
let startedBeforeRing = 0;

// Loop idle time as libuv counts it (time blocked waiting for events): 22 ns a read, once
// per request. When it moved since the last request was read, the loop sat idle between.
const timing = performance.nodeTiming;
let lastIdleTime = timing.idleTime;
let idleEndedBefore = 0;

/** A stretch of `inv`'s code held the thread from `start` to `end` (ms, performance.now()). */
export function segmentRan(inv: Invocation, start: number, end: number): void {
  const i = head & MASK;
  if (head >= SIZE) leaves(i);
  starts[i] = start;
  ends[i] = end;
  owners[i] = inv;
  readsBefore[i] = reads;
  charged[i] = 0;
  startingAt[i] = 0;
  head++;
}

/** The oldest segment, in slot `i`, leaves the ring: it is charged the windows that covered it. */
function leaves(i: number): void {
  startedBeforeRing += startingAt[i];
  chargeCovering(i, startedBeforeRing);
  owners[i] = null;
}

/**
 * Charges the segment in slot `i` for the windows that covered it and are not charged yet,
 * `started` being the windows started at or before it; returns how many that was.
 */
function chargeCovering(i: number, started: number): number {
  const covering = started - readsBefore[i] - charged[i];
  if (covering > 0) chargeStall(owners[i]!, covering * (ends[i] - starts[i]));
  return covering;
}

/**
 * A request is read at `t`, on a connection whose previous response ended at
 * `previousEnd` (0 for a new connection): notes the window it waited in.
 */
export function requestRead(t: number, previousEnd: number): void {
  const idle = timing.idleTime;
  if (idle !== lastIdleTime) {
    // It arrived while the loop was idle, or after: read as soon as it came.
    lastIdleTime = idle;
    idleEndedBefore = t;
    return;
  }
  const from = previousEnd > idleEndedBefore ? previousEnd : idleEndedBefore;
  if (head === 0 || ends[(head - 1) & MASK] <= from) return;
  const oldest = head > SIZE ? head - SIZE : 0;
  // The first segment ending after `from`.
  let lo = oldest;
  let hi = head - 1;
  while (lo < hi) {
    const mid = lo + Math.floor((hi - lo) / 2);
    if (ends[mid & MASK] > from) hi = mid;
    else lo = mid + 1;
  }
  let first = lo;
  const i = first & MASK;
  if (starts[i] < from) {
    // It began before the window: the part inside it now, the window starts after it.
    chargeStall(owners[i]!, ends[i] - from);
    first++;
    if (first === head) return;
  }
  startingAt[first & MASK]++;
  reads++;
}

/** Charges every segment still in the ring the windows that covered it so far (before a collection). */
export function chargeWaiting(): void {
  const oldest = head > SIZE ? head - SIZE : 0;
  let started = startedBeforeRing;
  for (let k = oldest; k < head; k++) {
    const i = k & MASK;
    started += startingAt[i];
    const covering = chargeCovering(i, started);
    if (covering > 0) charged[i] += covering;
  }
}

/** Adds `ms` of stall to an invocation: to its accumulator if its request is recorded already. */
function chargeStall(inv: Invocation, ms: number): void {
  if (inv.recordedIn !== null) inv.recordedIn.stall += ms / 1000;
  else inv.stall += ms;
}

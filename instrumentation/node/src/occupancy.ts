// Who holds the JavaScript thread right now, and for how long.
//
// One invocation at a time runs on the thread: `current`. Its synchronous segment began at
// `times[SEGMENT_START]`. Framework patches open a segment when they call a middleware (enter),
// close it when the middleware hands on to downstream (handOn) and reopen it when
// downstream returns (resume): Express runs downstream synchronously inside next(), and
// that time belongs to the downstream middleware. In detail 'full', hops.ts opens a segment
// for every later continuation (promise reaction, timer, I/O callback) an invocation owns.
//
// Every closed segment adds to occupancy, may count as blocking, and adds stall: its
// length times the number of other requests in flight at that moment; and it is kept for
// the requests not yet read that wait for it (demand.ts).
//
// One clock read per boundary: where a middleware hands on and the next one begins, the
// timestamp that closes the first segment opens the next, so the framework's dispatch in
// between is charged to the middleware that runs next; where downstream returns, the
// timestamp that closes its segment reopens the caller's, so the unwinding is the caller's.
// A boundary is only handed on inside a next() call (while `inNext` > 0), and the resume()
// that ends that call always consumes it: a timestamp never outlives the synchronous chain.
// Measured on Express 5 without Hopscope (median of 1,000 requests): the dispatch so
// charged is 0.55 µs from one app.use middleware's next() to the next one's call, and
// 10.7 µs from the last one's next() into a route handler (route matching, parameters).
// It saves two of the four clock reads per middleware (~43 ns each).
import { performance } from 'node:perf_hooks';
import { segmentRan } from './demand';
import { logSegment, profiling } from './profiler';
import { Invocation, type MiddlewareInfo, type RequestState } from './internal-types';
import type { NodeHopKind } from './semconv';
import { active } from './settings';

const now = () => performance.now();

// Doubles kept in a typed array: a module-level `let` holding a double allocates a heap
// number at every store, and these change at every boundary (fewer allocations; its speed
// was within bench:hot-path's noise, ±0.5 µs per request).
const times = new Float64Array(2);
const SEGMENT_START = 0;
const BOUNDARY = 1;
let boundaryOpen = false;
let inNext = 0;

/** A continuation that adds thread time but is no hop (see hops.ts). */
export const NOT_A_HOP = 'none';

let current: Invocation | null = null;
let inflight = 0;
// Requests with an open invocation (one that has not handed on yet, so it may be waiting
// for the request's own I/O): while there are none, hops.ts need not trace new async
// resources back to a request.
let openRequests = 0;
// The last invocation that ran, and whether that was a continuation (not its first call
// or a resume after next()): see continueWith().
let lastRan: Invocation | null = null;
let lastWasContinuation = false;

export function currentInvocation(): Invocation | null {
  return current;
}

export function requestStarted(): void {
  inflight++;
}

export function requestEnded(request: RequestState): void {
  inflight--;
  if (request.open !== null) closeOpen(request.open);
}

/** Requests that started and have not ended (the metric producer sends usage while any are). */
export function requestsInFlight(): number {
  return inflight;
}

export function anyRequestOpen(): boolean {
  return openRequests > 0;
}

function closeOpen(inv: Invocation): void {
  if (inv.request.open !== inv) return;
  inv.request.open = null;
  openRequests--;
}

function closeSegment(inv: Invocation, t: number): void {
  const segmentStart = times[SEGMENT_START];
  const length = t - segmentStart;
  inv.occupancy += length;
  inv.lastEnd = t;
  if (length >= active.blockingThresholdMs) {
    inv.blocking++;
    // Only a blocking segment's start is reported (the span event): no store otherwise.
    if (length > inv.maxSegment) inv.maxSegmentStart = segmentStart;
  }
  if (length > inv.maxSegment) inv.maxSegment = length;
  if (inflight > 1) inv.stall += length * (inflight - 1);
  segmentRan(inv, segmentStart, t);
  if (profiling) logSegment(inv, segmentStart, t);
}

/** Creates the invocation for one call of `info` within `request`. */
export function beginInvocation(info: MiddlewareInfo, request: RequestState): Invocation {
  const inv = new Invocation(info, request, request.invocations.length);
  request.invocations.push(inv);
  // After the response closed nothing waits on the request's I/O any more.
  if (!request.ended) {
    if (request.open === null) openRequests++;
    request.open = inv;
  }
  return inv;
}

/** The middleware's own code starts running; returns the invocation it interrupted. */
export function enter(inv: Invocation): Invocation | null {
  const t = boundaryOpen ? times[BOUNDARY] : now();
  boundaryOpen = false;
  const prev = current;
  if (prev !== null) closeSegment(prev, t);
  inv.start = t;
  current = inv;
  times[SEGMENT_START] = t;
  lastRan = inv;
  lastWasContinuation = false;
  return prev;
}

/** The middleware's synchronous call returned (or threw); `prev` runs again. */
export function leave(inv: Invocation, prev: Invocation | null): void {
  const t = now();
  if (current === inv) closeSegment(inv, t);
  current = prev;
  times[SEGMENT_START] = t;
  // Inside a caller's next(): its resume() (or whatever the framework calls next) starts here.
  if (inNext > 0) openBoundary(t);
}

function openBoundary(t: number): void {
  times[BOUNDARY] = t;
  boundaryOpen = true;
}

/**
 * The middleware hands on (calls next()). Returns whether its segment was running, so
 * that resume() reopens it when downstream returns; resume() must follow, in a finally.
 */
export function handOn(inv: Invocation): boolean {
  const t = now();
  if (inv.handedOnAt === 0) inv.handedOnAt = t;
  closeOpen(inv);
  return pauseAt(inv, t);
}

/**
 * Downstream runs (Koa's next()) while the invocation's own phase goes on; returns whether
 * its segment was running. resume() must follow, in a finally.
 */
export function pause(inv: Invocation): boolean {
  return pauseAt(inv, now());
}

function pauseAt(inv: Invocation, t: number): boolean {
  inNext++;
  openBoundary(t);
  if (current !== inv) return false;
  closeSegment(inv, t);
  current = null;
  times[SEGMENT_START] = t;
  return true;
}

/**
 * Calls `fn` as `owner`'s code from inside another invocation's segment: a NestJS
 * interceptor's next.handle() runs the route's downstream, and compression's res.end,
 * called by the route handler, is compression's work. What it runs, and what it starts
 * (hops.ts gives continuations to whoever is current when they are scheduled), is owner's.
 */
export function lendTo(owner: Invocation | null, fn: Function, thisArg: unknown, args: ArrayLike<unknown>): unknown {
  const was = current;
  const t = now();
  if (was !== null) closeSegment(was, t);
  current = owner;
  times[SEGMENT_START] = t;
  try {
    return fn.apply(thisArg, args);
  } finally {
    const end = now();
    if (current !== null) closeSegment(current, end);
    current = was;
    times[SEGMENT_START] = end;
    // Lent inside a next() (the framework ends a 404 with compression's res.end): the
    // boundary moves past the call, so the caller resuming there is not charged it again.
    if (boundaryOpen) times[BOUNDARY] = end;
  }
}

/** The invocation's own phase ended now: its promise settled, or it called done(). */
export function settle(inv: Invocation): void {
  if (inv.handedOnAt === 0) inv.handedOnAt = now();
  closeOpen(inv);
}

/** Downstream returned from the next() that handOn() or pause() began. */
export function resume(inv: Invocation, wasRunning: boolean): void {
  inNext--;
  const reuse = boundaryOpen;
  boundaryOpen = false;
  if (!wasRunning) return;
  current = inv;
  times[SEGMENT_START] = reuse ? times[BOUNDARY] : now();
  lastRan = inv;
  lastWasContinuation = inv.inContinuation;
}

/**
 * Used by hops.ts: a continuation of `inv` starts running; returns who it interrupted.
 *
 * Counting hops: an I/O, thread-pool or worker callback is always a hop. A promise
 * reaction is a hop unless it directly follows another continuation of the same
 * invocation: the reactions that run right after an I/O callback resolved a promise (or a
 * chain of them inside fs.promises) are the same resumption, not new ones. So
 * `await setTimeout(10)` is one io hop and `await fs.promises.readFile()` one threadpool
 * hop per pool round trip, while `await Promise.resolve()` after the first call is one
 * microtask hop.
 */
export function continueWith(
  inv: Invocation,
  kind: NodeHopKind | typeof NOT_A_HOP,
  dispatchedAt: number,
): Invocation | null {
  const t = now();
  boundaryOpen = false;
  const prev = current;
  if (prev !== null) closeSegment(prev, t);
  // The request's own I/O (NOT_A_HOP) leaves the hop rule's memory alone: it runs between
  // a middleware's call and the reactions it scheduled (the parser finishing the request
  // after the call returned), and would otherwise make `await Promise.resolve()` look like
  // the tail of a continuation and count no hop.
  if (kind !== NOT_A_HOP) {
    if (kind !== 'microtask' || lastRan !== inv || !lastWasContinuation) {
      if (kind === 'microtask') inv.hopsMicrotask++;
      else if (kind === 'threadpool') {
        inv.hopsThreadpool++;
        inv.threadpoolTime += t - dispatchedAt;
      } else if (kind === 'io') inv.hopsIo++;
      else inv.hopsWorker++;
    }
    lastRan = inv;
    lastWasContinuation = true;
  }
  inv.inContinuation = true;
  current = inv;
  times[SEGMENT_START] = t;
  return prev;
}

/** Used by hops.ts: the continuation ended; `prev` (usually nobody) runs again. */
export function continuationDone(prev: Invocation | null): void {
  const t = now();
  boundaryOpen = false;
  if (current !== null) closeSegment(current, t);
  current = prev;
  times[SEGMENT_START] = t;
}

/** Wall time of the invocation's own phase (ms): from the call until it handed on, minus downstream. */
export function durationOf(inv: Invocation): number {
  const end = inv.handedOnAt !== 0 ? inv.handedOnAt : inv.lastEnd;
  const d = end - inv.start - inv.downstream;
  return d > 0 ? d : 0;
}

// State shared by the measuring core, the framework patches and the recorder.
import type { Context } from '@opentelemetry/api';
import type { IncomingHttpHeaders, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import type { Framework } from './types';
import type { Accumulator } from './accumulator';

/** One middleware (one function at one place in the app), built once, reused per call. */
export interface MiddlewareInfo {
  readonly name: string;
  readonly framework: Framework;
  /** Its spans' name, built once. */
  readonly spanName: string;
  /** route → method → accumulator; pre-keyed so recording does no hashing of attributes. */
  readonly byRoute: Map<string, Map<string, Accumulator>>;
  /** The accumulator of the route and method this middleware last recorded without error. */
  last: { route: string; method: string; accumulator: Accumulator } | null;
  budgetWarned: boolean;
  /** Profiler samples by folded stack this interval, over all its routes (profiler.ts). */
  readonly stacks: Map<string, number>;
}

/** One request as the instrumentation sees it: its invocations, recorded when it ends. */
export interface RequestState {
  readonly method: string;
  route: string;
  /** The active context when the first middleware ran: the HTTP server span's, if any. */
  readonly context: Context;
  /** The request's headers (W3C trace context) and response, for Hopscope's own request span. */
  readonly headers: IncomingHttpHeaders;
  readonly res: ServerResponse;
  readonly invocations: Invocation[];
  /** The invocation that has not handed on yet (it owns the request's own I/O events). */
  open: Invocation | null;
  /** The response closed: its invocations are recorded, later continuations are ignored. */
  ended: boolean;
  /** When it closed (performance.now()) and its status code then, for its request span. */
  endedAt: number;
  status: number;
  /** Its connection, which remembers when its last response ended (demand.ts). */
  readonly socket: (Socket & { [PREVIOUS_END]?: number }) | null;
}

/** On a connection: when the last response on it ended (performance.now()). */
export const PREVIOUS_END = Symbol('hopscope.previousEnd');

/**
 * One call of one middleware for one request. A new object each time, never pooled:
 * reused ones live in the old generation, and every young request written into them made
 * the scavenger's work dearer (measured in bench:hot-path, sync app, detail 'sync': 15.9
 * µs of GC per request pooled against 11.4 µs not, 54.5 against 49.8 µs of CPU, though
 * pooling allocated 3 KB less per request).
 */
export class Invocation {
  /** performance.now() at the call. */
  start = 0;
  /** When it handed on (next(), or settled for Koa); 0 while it has not. */
  handedOnAt = 0;
  /** End of its latest synchronous segment. */
  lastEnd = 0;
  /** Time spent awaiting downstream (Koa's next()); excluded from duration. */
  downstream = 0;
  occupancy = 0;
  maxSegment = 0;
  /** Start of the longest segment, kept only when that one was blocking. */
  maxSegmentStart = 0;
  blocking = 0;
  stall = 0;
  hopsMicrotask = 0;
  hopsIo = 0;
  hopsThreadpool = 0;
  hopsWorker = 0;
  threadpoolTime = 0;
  /** Whether its latest segment was a continuation rather than its first call. */
  inContinuation = false;
  error: string | undefined = undefined;
  /** Where it was recorded once its request ended: stall charged later goes there (demand.ts). */
  recordedIn: Accumulator | null = null;
  /** The most frequent stack of its longest blocking segment, for its span (profiler.ts). */
  blockingStack: string | undefined = undefined;

  constructor(
    readonly info: MiddlewareInfo,
    readonly request: RequestState,
    readonly position: number,
  ) {}
}

/** The instrumentation's shimmer (wrap and unwrap methods on prototypes), as patches use it. */
export type Shimmer = {
  wrap: <F extends Function>(target: object, name: string, wrapper: (orig: F) => F) => void;
  unwrap: (target: object, name: string) => void;
};

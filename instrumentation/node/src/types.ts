// Public types of @hopscope/instrumentation.
import type { InstrumentationConfig } from '@opentelemetry/instrumentation';

export type Framework = 'express' | 'connect' | 'koa' | 'fastify' | 'hapi' | 'nestjs' | 'custom';

/** What happens when one invocation holds the thread longer than its budget. */
export type BudgetAction = 'record' | 'warn' | 'throw';

export interface BudgetOptions {
  /** Occupancy (ms of JavaScript thread time) one invocation may use. */
  occupancyMs: number;
  /**
   * record: nothing beyond the telemetry. warn: one process warning per middleware, with
   * the measured figure and what to do. throw: the invocation fails with a
   * MiddlewareBudgetError (for tests and CI, so a test fails when a middleware starts blocking).
   */
  onExceeded?: BudgetAction;
}

export interface MiddlewareInstrumentationConfig extends InstrumentationConfig {
  /** A synchronous stretch at least this long (ms) counts as a blocking segment. Default 10. */
  blockingThreshold?: number;
  /**
   * full: continuations, hops and their kinds via async_hooks. sync: only synchronous
   * segments (the first call and around next()), cheaper. Default full.
   */
  detail?: 'full' | 'sync';
  /** Middleware to leave alone: names, or a predicate on name and framework. */
  ignore?: string[] | ((name: string, framework: Framework) => boolean);
  budget?: BudgetOptions;
  /**
   * When no HTTP instrumentation made a server span, Hopscope decides the tracing itself:
   * per route and export interval it keeps the exemplars (the slowest requests by
   * occupancy and by duration, each middleware's longest blocking segment, a few at
   * random) and makes spans of those only, when the metric reader collects. This share of
   * requests (0..1, default 0) is traced besides, at random. A request whose incoming
   * traceparent says sampled is always traced. Metrics cover every request.
   */
  spanSampleRatio?: number;
  /**
   * Why it blocks: sample the JavaScript thread's stacks (V8's CPU profiler, in process)
   * and send, per middleware and route, the stacks it ran while it held the thread, and on
   * each exemplar span the stack of its longest blocking segment. true for the defaults.
   * Default off (bench:overhead's profiling row says what it costs).
   */
  profile?: boolean | ProfileOptions;
  /** Distinct routes kept per middleware before the rest fold into "(other)". Default 200. */
  maxRoutesPerMiddleware?: number;
  /**
   * When no metric reader has collected `metricProducer` this long (ms) after the
   * instrumentation started, one warning says what to add. Default 150000; 0 never warns.
   */
  metricReaderCheckMs?: number;
}

export interface ProfileOptions {
  /** Milliseconds between samples, 1 to 1000. Default 10. */
  intervalMs?: number;
  /** Frames kept per stack, the leaf-most, 1 to 256. Default 32. */
  depth?: number;
}

export interface WrapOptions {
  name?: string;
  framework?: Framework;
}

export class MiddlewareBudgetError extends Error {
  constructor(
    readonly middleware: string,
    readonly occupancyMs: number,
    readonly budgetMs: number,
  ) {
    super(
      `middleware "${middleware}" held the JavaScript thread for ${occupancyMs.toFixed(1)} ms, over its budget of ${budgetMs} ms`,
    );
    this.name = 'MiddlewareBudgetError';
  }
}

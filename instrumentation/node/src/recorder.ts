// Records a finished request's invocations: into the pre-keyed accumulators always, as
// spans only when the request's trace is sampled, and against the budget when one is set.
import { propagation, ROOT_CONTEXT, SpanKind, SpanStatusCode, trace, TraceFlags, type Attributes, type Context, type Span, type Tracer } from '@opentelemetry/api';
import { performance } from 'node:perf_hooks';
import { isMainThread, threadId } from 'node:worker_threads';
import type { Invocation, RequestState } from './internal-types';
import { ownPhaseEnd } from './occupancy';
import { hopsOf } from './accumulator';
import { accumulatorFor } from './registry';
import * as sc from './semconv';
import { MiddlewareBudgetError, type BudgetOptions } from './types';
import { clockOffset, hrTimeAt } from './utils';

const THREAD_NAME = isMainThread ? 'main' : `worker-${threadId}`;

let tracer: Tracer | null = null;
let sampleRatio = 0.1;
let budgetMs = Infinity;
let budgetWarn = false;
let budgetThrow = false;

export function configureRecorder(t: Tracer | null, budget: BudgetOptions | undefined, spanSampleRatio: number): void {
  tracer = t;
  sampleRatio = spanSampleRatio;
  budgetMs = budget ? budget.occupancyMs : Infinity;
  budgetWarn = budget?.onExceeded === 'warn';
  budgetThrow = budget?.onExceeded === 'throw';
}

/** In budget mode 'throw': the error an invocation hands on instead, once over budget. */
export function budgetError(inv: Invocation): MiddlewareBudgetError | undefined {
  return budgetThrow && inv.occupancy > budgetMs ? new MiddlewareBudgetError(inv.info.name, inv.occupancy, budgetMs) : undefined;
}

export function durationOf(inv: Invocation): number {
  const d = ownPhaseEnd(inv) - inv.start - inv.downstream;
  return d > 0 ? d : 0;
}

export function recordRequest(state: RequestState): void {
  const invocations = state.invocations;
  for (let i = 0; i < invocations.length; i++) {
    const inv = invocations[i];
    const durationMs = durationOf(inv);
    accumulatorFor(inv.info, state.route, state.method, inv.error).add(inv, durationMs);
    // 'throw' fails the request where the middleware hands on; a final handler hands on
    // to nothing, so it is warned about (as in 'warn').
    if (inv.occupancy > budgetMs && (budgetWarn || budgetThrow)) warnOverBudget(inv);
  }
  if (tracer !== null && invocations.length > 0) traceRequest(tracer, state);
}

// W3C traceparent "00-<trace id>-<span id>-<flags>": bit 0 of the flags means sampled.
function upstreamSampled(traceparent: string | string[] | undefined): boolean {
  return typeof traceparent === 'string' && traceparent.length === 55 && (parseInt(traceparent.slice(53), 16) & 1) === 1;
}

/**
 * Spans only for sampled requests, as children of the HTTP server span. When no HTTP
 * instrumentation made one, Hopscope makes it now, after the fact, for the share of
 * requests spanSampleRatio asks (and every request an upstream service sampled): an
 * unsampled request costs one random number, no span and no ids.
 */
function traceRequest(t: Tracer, state: RequestState): void {
  const invocations = state.invocations;
  let parentContext = state.context;
  const httpSpan = trace.getSpan(parentContext);
  // The HTTP server span's sampling decides (its trace flags: by the time the response
  // closes the span has ended, so isRecording() says false whatever was decided);
  // without one, spanSampleRatio or an upstream service does.
  const sampled =
    httpSpan !== undefined
      ? (httpSpan.spanContext().traceFlags & TraceFlags.SAMPLED) !== 0
      : Math.random() < sampleRatio || upstreamSampled(state.headers.traceparent);
  if (!sampled) return;
  const offset = clockOffset();
  let requestSpan: Span | undefined;
  if (httpSpan === undefined) {
    requestSpan = t.startSpan(
      state.route === '' ? state.method : `${state.method} ${state.route}`,
      { kind: SpanKind.SERVER, startTime: hrTimeAt(invocations[0].start, offset), attributes: requestAttributes(state) },
      propagation.extract(ROOT_CONTEXT, state.headers),
    );
    if (!requestSpan.isRecording()) return;
    parentContext = trace.setSpan(ROOT_CONTEXT, requestSpan);
  }
  for (let i = 0; i < invocations.length; i++) emitSpan(t, invocations[i], state, parentContext, durationOf(invocations[i]), offset);
  if (requestSpan !== undefined) {
    if (state.res.statusCode >= 500) requestSpan.setStatus({ code: SpanStatusCode.ERROR });
    requestSpan.end(hrTimeAt(performance.now(), offset));
  }
}

function requestAttributes(state: RequestState): Attributes {
  const attrs: Attributes = {
    [sc.ATTR_HTTP_METHOD]: state.method,
    [sc.ATTR_HTTP_STATUS]: state.res.statusCode,
  };
  if (state.route !== '') attrs[sc.ATTR_HTTP_ROUTE] = state.route;
  return attrs;
}

function warnOverBudget(inv: Invocation): void {
  const info = inv.info;
  if (info.budgetWarned) return;
  info.budgetWarned = true;
  process.emitWarning(
    `middleware "${info.name}" (${info.framework}) held the JavaScript thread for ${inv.occupancy.toFixed(1)} ms ` +
      `in one call, over its budget of ${budgetMs} ms; every other request waited meanwhile. Move the synchronous ` +
      `work off the thread (async APIs, a worker) or split it. Warned once per middleware.`,
    { code: 'HOPSCOPE_BUDGET' },
  );
}

/** What a span's sampler may want to know: which middleware. */
function identity(inv: Invocation): Attributes {
  return { [sc.ATTR_NAME]: inv.info.name, [sc.ATTR_FRAMEWORK]: inv.info.framework };
}

/** The measurements, set once the span is known to record. */
function measurements(inv: Invocation, state: RequestState, durationMs: number): Attributes {
  const attrs: Attributes = {
    [sc.ATTR_POSITION]: inv.position,
    [sc.ATTR_DURATION]: durationMs / 1000,
    [sc.ATTR_OCCUPANCY]: inv.occupancy / 1000,
    [sc.ATTR_HOPS]: hopsOf(inv),
    [sc.ATTR_HOPS_BY_KIND.microtask]: inv.hopsMicrotask,
    [sc.ATTR_HOPS_BY_KIND.io]: inv.hopsIo,
    [sc.ATTR_HOPS_BY_KIND.threadpool]: inv.hopsThreadpool,
    [sc.ATTR_HOPS_BY_KIND.worker]: inv.hopsWorker,
    [sc.ATTR_THREADPOOL_DURATION]: inv.threadpoolTime / 1000,
    [sc.ATTR_BLOCKING_COUNT]: inv.blocking,
    [sc.ATTR_BLOCKING_MAX]: inv.maxSegment / 1000,
    [sc.ATTR_STALL]: inv.stall / 1000,
    [sc.ATTR_HTTP_METHOD]: state.method,
    [sc.ATTR_THREAD_ID]: threadId,
    [sc.ATTR_THREAD_NAME]: THREAD_NAME,
  };
  if (state.route !== '') attrs[sc.ATTR_HTTP_ROUTE] = state.route;
  if (inv.error !== undefined) attrs[sc.ATTR_ERROR_TYPE] = inv.error;
  return attrs;
}

// Times go to the SDK as HrTime, converted here with one clock offset per request
// (utils.ts): the SDK takes them as they are, where a number costs it a clock read and a
// conversion per timestamp.
function emitSpan(t: Tracer, inv: Invocation, state: RequestState, parent: Context, durationMs: number, offset: number): void {
  // Attributes given at start are checked and copied three times by the SDK (for the
  // sampler, then for the span), those set afterwards once: only the two a sampler may
  // use go first.
  const span = t.startSpan(inv.info.spanName, { kind: SpanKind.INTERNAL, startTime: hrTimeAt(inv.start, offset), attributes: identity(inv) }, parent);
  if (!span.isRecording()) return;
  span.setAttributes(measurements(inv, state, durationMs));
  if (inv.blocking > 0) {
    span.addEvent(sc.EVENT_BLOCKING, { [sc.ATTR_DURATION]: inv.maxSegment / 1000 }, hrTimeAt(inv.maxSegmentStart, offset));
  }
  if (inv.error !== undefined) span.setStatus({ code: SpanStatusCode.ERROR });
  span.end(hrTimeAt(inv.start + durationMs, offset));
}

// Records a finished request's invocations: into the pre-keyed accumulators always, as
// spans only when the request's trace is sampled, and against the budget when one is set.
import { SpanKind, SpanStatusCode, trace, type Attributes, type Tracer } from '@opentelemetry/api';
import { isMainThread, threadId } from 'node:worker_threads';
import type { Invocation, RequestState } from './internal-types';
import { ownPhaseEnd } from './occupancy';
import { accumulatorFor } from './registry';
import * as sc from './semconv';
import { MiddlewareBudgetError, type BudgetOptions } from './types';
import { epochMs } from './utils';

const THREAD_NAME = isMainThread ? 'main' : `worker-${threadId}`;

let tracer: Tracer | null = null;
let budgetMs = Infinity;
let budgetWarn = false;
let budgetThrow = false;

export function configureRecorder(t: Tracer | null, budget: BudgetOptions | undefined): void {
  tracer = t;
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
  // Check for a reader before building anything: spans only for sampled requests.
  const parent = tracer === null ? undefined : trace.getSpan(state.context);
  const traced = tracer !== null && (parent === undefined || parent.isRecording());
  for (let i = 0; i < invocations.length; i++) {
    const inv = invocations[i];
    inv.finished = true;
    const durationMs = durationOf(inv);
    accumulatorFor(inv.info, state.route, state.method, inv.error).add(inv, durationMs);
    if (inv.occupancy > budgetMs && budgetWarn) warnOverBudget(inv);
    if (traced) emitSpan(inv, state, durationMs);
  }
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

export function spanAttributes(inv: Invocation, state: RequestState, durationMs: number): Attributes {
  const attrs: Attributes = {
    [sc.ATTR_NAME]: inv.info.name,
    [sc.ATTR_FRAMEWORK]: inv.info.framework,
    [sc.ATTR_POSITION]: inv.position,
    [sc.ATTR_DURATION]: durationMs / 1000,
    [sc.ATTR_OCCUPANCY]: inv.occupancy / 1000,
    [sc.ATTR_HOPS]: inv.hops0 + inv.hops1 + inv.hops2 + inv.hops3,
    [sc.ATTR_HOPS_MICROTASK]: inv.hops0,
    [sc.ATTR_HOPS_IO]: inv.hops1,
    [sc.ATTR_HOPS_THREADPOOL]: inv.hops2,
    [sc.ATTR_HOPS_WORKER]: inv.hops3,
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

function emitSpan(inv: Invocation, state: RequestState, durationMs: number): void {
  const span = tracer!.startSpan(
    sc.SPAN_NAME_PREFIX + inv.info.name,
    { kind: SpanKind.INTERNAL, startTime: epochMs(inv.start), attributes: spanAttributes(inv, state, durationMs) },
    state.context,
  );
  if (inv.blocking > 0) {
    span.addEvent(sc.EVENT_BLOCKING, { [sc.ATTR_DURATION]: inv.maxSegment / 1000 }, epochMs(inv.maxSegmentStart));
  }
  if (inv.error !== undefined) span.setStatus({ code: SpanStatusCode.ERROR });
  span.end(epochMs(inv.start + durationMs));
}

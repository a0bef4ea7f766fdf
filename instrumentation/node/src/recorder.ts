// Records a finished request's invocations: into the pre-keyed accumulators always, against
// the budget when one is set, and decides whether it becomes spans: now, when its trace is
// sampled (an HTTP server span's decision, an upstream service's, or spanSampleRatio's
// random share); otherwise it is offered as an exemplar, made into spans at collection time
// only if it is among the few kept (exemplars.ts).
import { trace, TraceFlags, type Tracer } from '@opentelemetry/api';
import type { Invocation, RequestState } from './internal-types';
import { durationOf } from './occupancy';
import { offerBlocking, offerExemplar, takeExemplars } from './exemplars';
import { accumulatorFor } from './registry';
import { active } from './settings';
import { emitRequest } from './spans';
import { MiddlewareBudgetError } from './types';

/** In budget mode 'throw': the error an invocation hands on instead, once over budget. */
export function budgetError(inv: Invocation): MiddlewareBudgetError | undefined {
  const s = active;
  return s.budgetThrow && inv.occupancy > s.budgetMs
    ? new MiddlewareBudgetError(inv.info.name, inv.occupancy, s.budgetMs)
    : undefined;
}

// Requests recorded since the metric producer last took the count (process-usage.ts's figures are per request).
let requestCount = 0;

export function takeRequestCount(): number {
  const n = requestCount;
  requestCount = 0;
  return n;
}

export function recordRequest(state: RequestState): void {
  const invocations = state.invocations;
  const { budgetMs, budgetWarn, budgetThrow, tracer, sampleRatio } = active;
  requestCount++;
  let occupancy = 0;
  let duration = 0;
  let blocking = false;
  for (let i = 0; i < invocations.length; i++) {
    const inv = invocations[i];
    const durationMs = durationOf(inv);
    const accumulator = accumulatorFor(inv.info, state.route, state.method, inv.error);
    accumulator.add(inv, durationMs);
    inv.recordedIn = accumulator;
    occupancy += inv.occupancy;
    duration += durationMs;
    if (inv.blocking > 0) blocking = true;
    // 'throw' fails the request where the middleware hands on; a final handler hands on
    // to nothing, so it is warned about (as in 'warn').
    if (inv.occupancy > budgetMs && (budgetWarn || budgetThrow)) warnOverBudget(inv, budgetMs);
  }
  if (tracer !== null && invocations.length > 0)
    traceOrOffer(tracer, sampleRatio, state, occupancy, duration, blocking);
}

/** Spans now when the request's trace is sampled; otherwise offered as an exemplar. */
function traceOrOffer(
  t: Tracer,
  sampleRatio: number,
  state: RequestState,
  occupancy: number,
  duration: number,
  blocking: boolean,
): void {
  const httpSpan = trace.getSpan(state.context);
  if (httpSpan !== undefined) {
    // The HTTP server span's sampling decides (its trace flags: by the time the response
    // closes the span has ended, so isRecording() says false whatever was decided).
    if ((httpSpan.spanContext().traceFlags & TraceFlags.SAMPLED) !== 0) emitRequest(t, state, state.context);
    return;
  }
  if (upstreamSampled(state.headers.traceparent) || (sampleRatio > 0 && Math.random() < sampleRatio)) {
    emitRequest(t, state, null);
    return;
  }
  offerExemplar(state, occupancy, duration);
  if (!blocking) return;
  const invocations = state.invocations;
  for (let i = 0; i < invocations.length; i++) {
    if (invocations[i].blocking > 0) offerBlocking(state, invocations[i].info, invocations[i].maxSegment);
  }
}

/** At collection: the interval's exemplars become spans. */
export function emitExemplars(): void {
  const kept = takeExemplars();
  const tracer = active.tracer;
  if (tracer === null) return;
  for (const state of kept) emitRequest(tracer, state, null);
}

// W3C traceparent "00-<trace id>-<span id>-<flags>": bit 0 of the flags means sampled.
function upstreamSampled(traceparent: string | string[] | undefined): boolean {
  return (
    typeof traceparent === 'string' && traceparent.length === 55 && (parseInt(traceparent.slice(53), 16) & 1) === 1
  );
}

function warnOverBudget(inv: Invocation, budgetMs: number): void {
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

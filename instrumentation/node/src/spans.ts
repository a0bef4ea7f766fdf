// A recorded request as spans: one per invocation, children of the HTTP server span when
// there is one, else of a request span Hopscope makes after the fact (parented to the
// incoming traceparent, if any). Called at once for a request whose trace is sampled, or
// at collection time for the exemplars (exemplars.ts): times are the ones measured.
import {
  propagation,
  ROOT_CONTEXT,
  SpanKind,
  SpanStatusCode,
  trace,
  type Attributes,
  type Context,
  type Span,
  type Tracer,
} from '@opentelemetry/api';
import { isMainThread, threadId } from 'node:worker_threads';
import type { Invocation, RequestState } from './internal-types';
import { hopsOf } from './accumulator';
import { durationOf } from './occupancy';
import * as sc from './semconv';
import { clockOffset, hrTimeAt } from './utils';

const THREAD_NAME = isMainThread ? 'main' : `worker-${threadId}`;

/** Spans for `state` under `parent` (the HTTP server span's context), or under a request span of Hopscope's own. */
export function emitRequest(t: Tracer, state: RequestState, parent: Context | null): void {
  const invocations = state.invocations;
  const offset = clockOffset();
  let requestSpan: Span | null = null;
  if (parent === null) {
    requestSpan = t.startSpan(
      state.route === '' ? state.method : `${state.method} ${state.route}`,
      {
        kind: SpanKind.SERVER,
        startTime: hrTimeAt(invocations[0].start, offset),
        attributes: requestAttributes(state),
      },
      propagation.extract(ROOT_CONTEXT, state.headers),
    );
    if (!requestSpan.isRecording()) return;
  }
  const parentContext = requestSpan === null ? parent! : trace.setSpan(ROOT_CONTEXT, requestSpan);
  for (let i = 0; i < invocations.length; i++) emitSpan(t, invocations[i], state, parentContext, offset);
  if (requestSpan === null) return;
  if (state.status >= 500) requestSpan.setStatus({ code: SpanStatusCode.ERROR });
  requestSpan.end(hrTimeAt(state.endedAt, offset));
}

function requestAttributes(state: RequestState): Attributes {
  const attrs: Attributes = {
    [sc.ATTR_HTTP_METHOD]: state.method,
    [sc.ATTR_HTTP_STATUS]: state.status,
  };
  if (state.route !== '') attrs[sc.ATTR_HTTP_ROUTE] = state.route;
  return attrs;
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
  if (inv.blockingStack !== undefined) attrs[sc.ATTR_BLOCKING_STACK] = inv.blockingStack;
  return attrs;
}

// Times go to the SDK as HrTime, converted here with one clock offset per request
// (utils.ts): the SDK takes them as they are, where a number costs it a clock read and a
// conversion per timestamp.
function emitSpan(t: Tracer, inv: Invocation, state: RequestState, parent: Context, offset: number): void {
  // Attributes given at start are checked and copied three times by the SDK (for the
  // sampler, then for the span), those set afterwards once: only the two a sampler may
  // use go first.
  const span = t.startSpan(
    inv.info.spanName,
    { kind: SpanKind.INTERNAL, startTime: hrTimeAt(inv.start, offset), attributes: identity(inv) },
    parent,
  );
  if (!span.isRecording()) return;
  const durationMs = durationOf(inv);
  span.setAttributes(measurements(inv, state, durationMs));
  if (inv.blocking > 0) {
    span.addEvent(
      sc.EVENT_BLOCKING,
      { [sc.ATTR_DURATION]: inv.maxSegment / 1000 },
      hrTimeAt(inv.maxSegmentStart, offset),
    );
  }
  if (inv.error !== undefined) span.setStatus({ code: SpanStatusCode.ERROR });
  span.end(hrTimeAt(inv.start + durationMs, offset));
}

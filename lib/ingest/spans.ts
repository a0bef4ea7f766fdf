// Spans to exemplars (drill-down) and, for OpenTelemetry's own middleware spans, to
// duration-only rollups. Hopscope's own spans do not feed the rollups: the metrics cover
// every invocation, spans only the sampled ones. Each span is read only as far as choosing
// exemplars needs (name, ids, times, duration); the batch keeps its own pick right away,
// read in full, and lets go of the decoded request, so ingest costs little beyond decoding
// and a waiting batch holds a few rows, not the whole request.
import * as sc from '@hopscope/instrumentation/semconv';
import * as c from '../contract';
import { record } from '../rollup/histogram';
import type { ResourceView, SpanView } from '../otlp/span-view';
import { attrNum, attrStr, attributes, idHex, nanosToMs, num, obj, type Attributes, type Loose } from '../otlp/values';
import { minuteOf } from '../rollup/grains';
import { emptyTotals } from '../rollup/totals';
import {
  markSeen,
  reject,
  serviceKeyOf,
  type Batch,
  type ExemplarRow,
  type ServiceId,
  type SpanCandidate,
} from './batch';
import { ExemplarReservoir } from './exemplars';
import { boundedStack } from './stacks';
import { clip, serviceOf } from './resource';

/** The attributes every span is read for (span-view.ts): Hopscope's own span's name,
 *  framework and duration; anything else is read only for the spans kept. */
export const SPAN_KEYS = [sc.ATTR_NAME, sc.ATTR_FRAMEWORK, sc.ATTR_DURATION] as const;

const STATUS_ERROR = 2;

type Middleware = { name: string; framework: string; measured: boolean };

/** Which middleware a span measures, or undefined for spans that are not middleware. */
export function middlewareOfSpan(a: Attributes, spanName: string | undefined): Middleware | undefined {
  const name = attrStr(a, sc.ATTR_NAME);
  if (name !== undefined) return { name, framework: attrStr(a, sc.ATTR_FRAMEWORK) ?? 'custom', measured: true };
  for (const prefix of c.PLAIN_SPAN_PREFIXES) {
    const type = attrStr(a, `${prefix}.type`);
    if (type === undefined || !c.PLAIN_MIDDLEWARE_TYPES.has(type)) continue;
    const plainName = attrStr(a, `${prefix}.name`) ?? attrStr(a, 'hook.name') ?? spanName;
    if (plainName !== undefined) return { name: plainName, framework: prefix, measured: false };
  }
  return undefined;
}

/** Adds the request's middleware spans to `batch`; only candidates that could beat what
 *  `reservoir` already holds are read in full. A dry run leaves the reservoir as it was
 *  (the writer's, read on the main thread); otherwise it counts what it passes on (a
 *  decode thread's own, cleared whenever a commit fails). */
export function collectSpans(
  request: ResourceView[],
  batch: Batch,
  reservoir = new ExemplarReservoir(),
  dryRun = true,
): void {
  const candidates: SpanCandidate[] = [];
  for (const r of request) {
    const service = serviceOf(r.resource);
    const serviceKey = serviceKeyOf(service);
    let lastEnd = 0;
    for (const span of r.spans) lastEnd = Math.max(lastEnd, collectSpan(span, service, serviceKey, candidates, batch));
    if (lastEnd > 0) markSeen(batch, service, lastEnd);
  }
  const picked = reservoir.select(
    candidates,
    (k) => k.serviceKey,
    (k) => k.start,
    dryRun,
  );
  for (const k of picked) batch.exemplars.push(exemplarRow(k));
}

/** Hopscope's own span: its middleware and duration (s), from the attributes every span is read for. */
function ownOf(picked: SpanView['picked']): { mw: Middleware; duration: number | undefined } | undefined {
  if (picked === undefined) return undefined;
  const [name, framework, duration] = picked; // in SPAN_KEYS' order
  if (typeof name !== 'string') return undefined;
  return {
    mw: { name, framework: typeof framework === 'string' ? framework : 'custom', measured: true },
    duration: typeof duration === 'number' ? duration : undefined,
  };
}

/** Adds the span if it is a middleware span; returns its end (ms), or 0. */
function collectSpan(
  s: SpanView | null,
  service: ServiceId,
  serviceKey: string,
  candidates: SpanCandidate[],
  batch: Batch,
): number {
  if (s === null) {
    reject(batch, 1, 'a span is not an object');
    return 0;
  }
  const own = ownOf(s.picked);
  // A plain OpenTelemetry span: read whole, to tell whether it is a middleware's.
  const full = own === undefined ? s.decode() : undefined;
  const a = full === undefined ? undefined : attributes(full.attributes);
  const mw = own?.mw ?? middlewareOfSpan(a!, s.name);
  if (mw === undefined) return 0; // not a middleware span: accepted, nothing to keep
  const traceId = idHex(s.traceId, 16);
  const spanId = idHex(s.spanId, 8);
  const start = nanosToMs(s.startTimeUnixNano);
  const end = nanosToMs(s.endTimeUnixNano);
  if (traceId === undefined || spanId === undefined) {
    reject(batch, 1, 'middleware span with an invalid trace or span id');
    return 0;
  }
  if (start === undefined || end === undefined || end < start) {
    reject(batch, 1, 'middleware span with invalid timestamps');
    return 0;
  }
  const duration = own?.duration ?? (end - start) / 1000;
  candidates.push({
    span: s,
    service,
    serviceKey,
    traceId,
    spanId,
    middleware: mw.name,
    framework: mw.framework,
    measured: mw.measured,
    start,
    duration,
  });
  if (a !== undefined) {
    // A plain OpenTelemetry middleware span: its duration is all the rollups get.
    const delta = emptyTotals(false);
    delta.calls = 1;
    delta.errors = errorOf(full!, a) === null ? 0 : 1;
    delta.durationSum = duration;
    record(delta.duration, duration);
    batch.contributions.push({
      dedupeKey: `s:${traceId}${spanId}`,
      key: {
        ...service,
        middleware: clip(mw.name),
        framework: mw.framework,
        route: clip(attrStr(a, sc.ATTR_HTTP_ROUTE) ?? ''),
        method: clip(attrStr(a, sc.ATTR_HTTP_METHOD) ?? ''),
        bucket: minuteOf(end),
      },
      delta,
    });
  }
  return end;
}

function blockingStackOf(a: Attributes): string | undefined {
  const stack = attrStr(a, sc.ATTR_BLOCKING_STACK);
  return stack === undefined || stack === '' ? undefined : boundedStack(stack);
}

function errorOf(s: Loose, a: Attributes): string | null {
  return attrStr(a, sc.ATTR_ERROR_TYPE) ?? (num(obj(s.status)?.code) === STATUS_ERROR ? 'error' : null);
}

/** The stored exemplar of a kept candidate: every attribute the drill-down shows. */
function exemplarRow(k: SpanCandidate): ExemplarRow {
  const span = k.span.decode();
  const a = attributes(span.attributes);
  const measured = (key: string) => (k.measured ? (attrNum(a, key) ?? null) : null);
  return {
    ...k.service,
    traceId: k.traceId,
    spanId: k.spanId,
    middleware: clip(k.middleware),
    framework: k.framework,
    route: clip(attrStr(a, sc.ATTR_HTTP_ROUTE) ?? ''),
    method: clip(attrStr(a, sc.ATTR_HTTP_METHOD) ?? ''),
    position: attrNum(a, sc.ATTR_POSITION) ?? null,
    start: new Date(k.start),
    duration: k.duration,
    occupancy: measured(sc.ATTR_OCCUPANCY),
    hops: measured(sc.ATTR_HOPS),
    blockingMax: measured(sc.ATTR_BLOCKING_MAX),
    stall: measured(sc.ATTR_STALL),
    error: errorOf(span, a),
    blockingStack: k.measured ? (blockingStackOf(a) ?? null) : null,
  };
}

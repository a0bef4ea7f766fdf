// Spans to exemplars (drill-down) and, for OpenTelemetry's own middleware spans, to
// duration-only rollups. Hopscope's own spans do not feed the rollups: the metrics cover
// every invocation, spans only the sampled ones.
import * as c from '../contract';
import { record } from '../rollup/histogram';
import { attrNum, attrStr, attributes, idHex, list, nanosToMs, num, obj, str, type Attributes } from '../otlp/values';
import { markSeen, minuteOf, reject, zeroDelta, type Batch, type ServiceId } from './batch';
import { clip, serviceOf } from './resource';

const STATUS_ERROR = 2;

type Middleware = { name: string; framework: string; measured: boolean };

/** Which middleware a span measures, or undefined for spans that are not middleware. */
export function middlewareOfSpan(a: Attributes, spanName: string | undefined): Middleware | undefined {
  const name = attrStr(a, c.ATTR_NAME);
  if (name !== undefined) return { name, framework: attrStr(a, c.ATTR_FRAMEWORK) ?? 'custom', measured: true };
  for (const prefix of c.PLAIN_SPAN_PREFIXES) {
    const type = attrStr(a, `${prefix}.type`);
    if (type === undefined || !c.PLAIN_MIDDLEWARE_TYPES.has(type)) continue;
    const plainName = attrStr(a, `${prefix}.name`) ?? attrStr(a, 'hook.name') ?? spanName;
    if (plainName !== undefined) return { name: plainName, framework: prefix, measured: false };
  }
  return undefined;
}

export function collectSpans(request: unknown, batch: Batch): void {
  for (const rs of list(obj(request)?.resourceSpans)) {
    const r = obj(rs);
    if (r === undefined) continue;
    const service = serviceOf(r.resource);
    for (const ss of list(r.scopeSpans)) {
      for (const span of list(obj(ss)?.spans)) collectSpan(span, service, batch);
    }
  }
}

function collectSpan(value: unknown, service: ServiceId, batch: Batch): void {
  const s = obj(value);
  if (s === undefined) return reject(batch, 1, 'a span is not an object');
  const a = attributes(s.attributes);
  const mw = middlewareOfSpan(a, str(s.name));
  if (mw === undefined) return; // not a middleware span: accepted, nothing to keep
  const traceId = idHex(s.traceId, 16);
  const spanId = idHex(s.spanId, 8);
  const start = nanosToMs(s.startTimeUnixNano);
  const end = nanosToMs(s.endTimeUnixNano);
  if (traceId === undefined || spanId === undefined) return reject(batch, 1, 'middleware span with an invalid trace or span id');
  if (start === undefined || end === undefined || end < start) return reject(batch, 1, 'middleware span with invalid timestamps');
  const duration = (mw.measured ? attrNum(a, c.ATTR_DURATION) : undefined) ?? (end - start) / 1000;
  const statusCode = num(obj(s.status)?.code);
  const error = attrStr(a, c.ATTR_ERROR_TYPE) ?? (statusCode === STATUS_ERROR ? 'error' : null);
  const route = clip(attrStr(a, c.ATTR_HTTP_ROUTE) ?? '');
  const method = clip(attrStr(a, c.ATTR_HTTP_METHOD) ?? '');
  const name = clip(mw.name);
  const dedupeKey = `s:${traceId}${spanId}`;
  markSeen(batch, service, end);
  batch.exemplars.push({
    ...service,
    traceId,
    spanId,
    middleware: name,
    framework: mw.framework,
    route,
    method,
    position: attrNum(a, c.ATTR_POSITION) ?? null,
    start: new Date(start),
    duration,
    occupancy: mw.measured ? (attrNum(a, c.ATTR_OCCUPANCY) ?? null) : null,
    hops: mw.measured ? (attrNum(a, c.ATTR_HOPS) ?? null) : null,
    blockingMax: mw.measured ? (attrNum(a, c.ATTR_BLOCKING_MAX) ?? null) : null,
    stall: mw.measured ? (attrNum(a, c.ATTR_STALL) ?? null) : null,
    error,
  });
  if (!mw.measured) {
    const delta = zeroDelta(false);
    delta.calls = 1;
    delta.errors = error === null ? 0 : 1;
    delta.durationSum = duration;
    record(delta.duration, duration);
    batch.contributions.push({
      dedupeKey,
      key: { ...service, middleware: name, framework: mw.framework, route, method, bucket: minuteOf(end) },
      delta,
    });
  }
}

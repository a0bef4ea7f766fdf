// Realistic OTLP payloads for the ingest benchmark: spans as @hopscope/instrumentation
// emits them (one per middleware invocation, ~20 attributes) and its metric points.
import crypto from 'node:crypto';
import { opentelemetry } from '../lib/otlp/generated/otlp';

const trace = opentelemetry.proto.trace.v1;
const metrics = opentelemetry.proto.metrics.v1;

const MIDDLEWARE = [
  'requestId',
  'accessLog',
  'securityHeaders',
  'jsonParser',
  'sessionLookup',
  'authenticate',
  'rateLimit',
  'compression',
  'listProducts',
  'getProduct',
];
const ROUTES = ['/products', '/products/:id', '/cart', '/orders/:id', '/users/:id'];

const str = (key: string, stringValue: string) => ({ key, value: { stringValue } });
const int = (key: string, intValue: number) => ({ key, value: { intValue } });
const dbl = (key: string, doubleValue: number) => ({ key, value: { doubleValue } });

function resource(service: string, instance: string = crypto.randomUUID()) {
  return {
    attributes: [
      str('service.name', service),
      str('service.version', '1.4.2'),
      str('deployment.environment.name', 'production'),
      str('service.instance.id', instance),
    ],
  };
}

/** One request's spans: every middleware of the chain, as children of one trace. */
export function traceBatch(service: string, spans: number): Uint8Array {
  const now = Date.now();
  const list = [];
  let traceId = crypto.randomBytes(16);
  for (let i = 0; i < spans; i++) {
    const position = i % MIDDLEWARE.length;
    if (position === 0) traceId = crypto.randomBytes(16);
    const start = (now - 1000 + i) * 1e6;
    const duration = 0.0002 + Math.random() * 0.004;
    list.push({
      traceId,
      spanId: crypto.randomBytes(8),
      parentSpanId: crypto.randomBytes(8),
      name: `middleware - ${MIDDLEWARE[position]}`,
      kind: 1,
      startTimeUnixNano: start,
      endTimeUnixNano: start + duration * 1e9,
      attributes: [
        str('middleware.name', MIDDLEWARE[position]),
        str('middleware.framework', 'express'),
        int('middleware.position', position),
        dbl('middleware.duration', duration),
        dbl('middleware.occupancy', duration * 0.4),
        int('middleware.hops', 2),
        int('middleware.hops.microtask', 1),
        int('middleware.hops.io', 1),
        int('middleware.hops.threadpool', 0),
        int('middleware.hops.worker', 0),
        dbl('middleware.threadpool.duration', 0),
        int('middleware.blocking.count', 0),
        dbl('middleware.blocking.max', duration * 0.3),
        dbl('middleware.stall', duration * 0.8),
        str('http.route', ROUTES[i % ROUTES.length]),
        str('http.request.method', 'GET'),
        int('thread.id', 0),
        str('thread.name', 'main'),
      ],
    });
  }
  return trace.ExportTraceServiceRequest.encode({
    resourceSpans: [
      { resource: resource(service), scopeSpans: [{ scope: { name: '@hopscope/instrumentation' }, spans: list }] },
    ],
  }).finish();
}

/**
 * Fresh trace batches at a load generator's pace: traceBatch costs ~9 ms for 500 spans
 * (encoding), which at 40 batches a second would take a third of a core from the server
 * under test. So one batch is encoded once, and each call copies it and rewrites, in place,
 * what makes a batch new: trace and span ids (fixed-length bytes) and times (fixed64),
 * moved to `nowMs`.
 */
export function traceBatches(service: string, spans: number): (nowMs: number) => Buffer {
  const madeAt = Date.now();
  const template = Buffer.from(traceBatch(service, spans));
  const must = <T>(v: T | null | undefined): T => {
    if (v === null || v === undefined) throw new Error('traceBatches: the template lacks a field it was made with');
    return v;
  };
  const decoded = must(must(trace.ExportTraceServiceRequest.decode(template).resourceSpans[0].scopeSpans)[0].spans);
  type Place = { trace: number; span: number; parent: number; start: number; end: number; newTrace: boolean };
  const places: Place[] = [];
  let at = 0;
  const find = (bytes: Uint8Array) => (at = template.indexOf(bytes, at));
  const nanos = (v: number | Long) => {
    const b = Buffer.alloc(8);
    b.writeBigUInt64LE(BigInt(v.toString()));
    return b;
  };
  for (const [i, sp] of decoded.entries()) {
    places.push({
      trace: find(must(sp.traceId)),
      span: find(must(sp.spanId)),
      parent: find(must(sp.parentSpanId)),
      start: find(nanos(must(sp.startTimeUnixNano))),
      end: find(nanos(must(sp.endTimeUnixNano))),
      newTrace: i % MIDDLEWARE.length === 0,
    });
  }
  if (places.some((p) => Object.values(p).some((v) => v === -1)))
    throw new Error('traceBatches: a field was not found in the encoding');
  return (nowMs) => {
    const out = Buffer.from(template);
    const shift = BigInt(Math.round(nowMs - madeAt)) * 1_000_000n;
    // One draw of random bytes for every id of the batch: 32 a span (trace, span, parent).
    const random = crypto.randomBytes(places.length * 32);
    let traceAt = 0;
    for (let i = 0; i < places.length; i++) {
      const p = places[i];
      const r = i * 32;
      if (p.newTrace) random.copy(out, (traceAt = p.trace), r, r + 16);
      else out.copy(out, p.trace, traceAt, traceAt + 16);
      random.copy(out, p.span, r + 16, r + 24);
      random.copy(out, p.parent, r + 24, r + 32);
      out.writeBigUInt64LE(out.readBigUInt64LE(p.start) + shift, p.start);
      out.writeBigUInt64LE(out.readBigUInt64LE(p.end) + shift, p.end);
    }
    return out;
  };
}

/** Calls one metricBatch reports: 100 per middleware and route. */
export const CALLS_PER_METRIC_BATCH = 100 * MIDDLEWARE.length * ROUTES.length;

/**
 * One export interval of metrics: every middleware × route, as the producer sends them; by
 * default from a new instance, else from `instance` for the 10 s ending at `endMs`.
 */
export function metricBatch(service: string, instance?: string, endMs = Date.now()): Uint8Array {
  const end = endMs * 1e6;
  const start = end - 10e9;
  const points: opentelemetry.proto.metrics.v1.IExponentialHistogramDataPoint[] = [];
  for (const name of MIDDLEWARE) {
    for (const route of ROUTES) {
      points.push({
        attributes: [
          str('middleware.name', name),
          str('middleware.framework', 'express'),
          str('http.route', route),
          str('http.request.method', 'GET'),
        ],
        startTimeUnixNano: start,
        timeUnixNano: end,
        count: 100,
        sum: 0.1,
        scale: 5,
        zeroCount: 0,
        positive: { offset: -320, bucketCounts: Array.from({ length: 40 }, (_, i) => (i % 4 === 0 ? 10 : 0)) },
      });
    }
  }
  const hist = (n: string) => ({
    name: n,
    unit: 's',
    exponentialHistogram: { aggregationTemporality: 1, dataPoints: points },
  });
  return metrics.ExportMetricsServiceRequest.encode({
    resourceMetrics: [
      {
        resource: resource(service, instance),
        scopeMetrics: [
          {
            scope: { name: '@hopscope/instrumentation' },
            metrics: [hist('middleware.duration'), hist('middleware.occupancy')],
          },
        ],
      },
    ],
  }).finish();
}

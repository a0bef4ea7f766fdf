// Realistic OTLP payloads for the ingest benchmark: spans as @hopscope/instrumentation
// emits them (one per middleware invocation, ~20 attributes) and its metric points.
import crypto from 'node:crypto';
import { opentelemetry } from '../lib/otlp/generated/otlp';

const trace = opentelemetry.proto.trace.v1;
const metrics = opentelemetry.proto.metrics.v1;

const MIDDLEWARE = ['requestId', 'accessLog', 'securityHeaders', 'jsonParser', 'sessionLookup', 'authenticate', 'rateLimit', 'compression', 'listProducts', 'getProduct'];
const ROUTES = ['/products', '/products/:id', '/cart', '/orders/:id', '/users/:id'];

const str = (key: string, stringValue: string) => ({ key, value: { stringValue } });
const int = (key: string, intValue: number) => ({ key, value: { intValue } });
const dbl = (key: string, doubleValue: number) => ({ key, value: { doubleValue } });

function resource(service: string) {
  return {
    attributes: [
      str('service.name', service),
      str('service.version', '1.4.2'),
      str('deployment.environment.name', 'production'),
      str('service.instance.id', crypto.randomUUID()),
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
    resourceSpans: [{ resource: resource(service), scopeSpans: [{ scope: { name: '@hopscope/instrumentation' }, spans: list }] }],
  }).finish();
}

/** One export interval of metrics: every middleware × route, as the producer sends them. */
export function metricBatch(service: string): Uint8Array {
  const end = Date.now() * 1e6;
  const start = end - 10e9;
  const points: opentelemetry.proto.metrics.v1.IExponentialHistogramDataPoint[] = [];
  for (const name of MIDDLEWARE) {
    for (const route of ROUTES) {
      points.push({
        attributes: [str('middleware.name', name), str('middleware.framework', 'express'), str('http.route', route), str('http.request.method', 'GET')],
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
  const hist = (n: string) => ({ name: n, unit: 's', exponentialHistogram: { aggregationTemporality: 1, dataPoints: points } });
  return metrics.ExportMetricsServiceRequest.encode({
    resourceMetrics: [{ resource: resource(service), scopeMetrics: [{ scope: { name: '@hopscope/instrumentation' }, metrics: [hist('middleware.duration'), hist('middleware.occupancy')] }] }],
  }).finish();
}

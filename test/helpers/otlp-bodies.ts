// OTLP request bodies built with the receiver's own generated encoder, for receiver tests
// that need exact control (bad ids, replays). Bodies from the real SDK exporters are
// covered by test/unit/otlp-decode.test.ts and the pipeline tests.
import crypto from 'node:crypto';
import { opentelemetry } from '../../lib/otlp/generated/otlp';

const trace = opentelemetry.proto.trace.v1;

const kv = (key: string, value: string | number) => ({
  key,
  value:
    typeof value === 'string'
      ? { stringValue: value }
      : Number.isInteger(value)
        ? { intValue: value }
        : { doubleValue: value },
});

export type SpanSpec = {
  name: string;
  durationMs: number;
  occupancyMs?: number;
  traceId?: Uint8Array;
  spanId?: Uint8Array;
  startMs?: number;
};

const randomId = (bytes: number) => new Uint8Array(crypto.randomBytes(bytes));

export function traceBody(service: string, spans: SpanSpec[]): Uint8Array {
  return trace.ExportTraceServiceRequest.encode({
    resourceSpans: [
      {
        resource: { attributes: [kv('service.name', service), kv('service.version', '1.0.0')] },
        scopeSpans: [
          {
            scope: { name: '@hopscope/instrumentation' },
            spans: spans.map((s) => {
              const start = (s.startMs ?? Date.now() - 1000) * 1e6;
              return {
                traceId: s.traceId ?? randomId(16),
                spanId: s.spanId ?? randomId(8),
                name: `middleware - ${s.name}`,
                kind: 1,
                startTimeUnixNano: start,
                endTimeUnixNano: start + s.durationMs * 1e6,
                attributes: [
                  kv('middleware.name', s.name),
                  kv('middleware.framework', 'express'),
                  kv('middleware.duration', s.durationMs / 1000),
                  kv('middleware.occupancy', (s.occupancyMs ?? s.durationMs) / 1000),
                  kv('http.route', '/r'),
                  kv('http.request.method', 'GET'),
                ],
              };
            }),
          },
        ],
      },
    ],
  }).finish();
}

/** Plain OpenTelemetry express spans: these feed rollups (duration only). atMs: when they started. */
export function plainExpressBody(
  service: string,
  count: number,
  durationMs: number,
  name = 'jsonParser',
  atMs = Date.now() - 1000,
): Uint8Array {
  const now = atMs;
  return trace.ExportTraceServiceRequest.encode({
    resourceSpans: [
      {
        resource: { attributes: [kv('service.name', service)] },
        scopeSpans: [
          {
            spans: Array.from({ length: count }, (_, i) => ({
              traceId: randomId(16),
              spanId: randomId(8),
              name: `middleware - ${name}`,
              startTimeUnixNano: (now + i) * 1e6,
              endTimeUnixNano: (now + i + durationMs) * 1e6,
              attributes: [kv('express.type', 'middleware'), kv('express.name', name), kv('http.route', '/r')],
            })),
          },
        ],
      },
    ],
  }).finish();
}

/** Values (ms) as an OTLP/JSON exponential-histogram point at scale 5, OpenTelemetry's bucket layout. */
function expHistogram(valuesMs: number[]) {
  const index = (v: number) => Math.ceil(Math.log2(v / 1000) * 32) - 1;
  const indexes = valuesMs.map(index);
  const offset = Math.min(...indexes);
  const bucketCounts = Array.from({ length: Math.max(...indexes) - offset + 1 }, () => 0);
  for (const i of indexes) bucketCounts[i - offset]++;
  return {
    count: valuesMs.length,
    sum: valuesMs.reduce((a, b) => a + b, 0) / 1000,
    scale: 5,
    zeroCount: 0,
    positive: { offset, bucketCounts },
  };
}

/** One middleware's calls of known occupancy (= duration, ms) as OTLP/JSON metrics, the
 *  shape @hopscope/instrumentation exports: for distributions the test controls exactly. */
export function middlewareMetricsJson(service: string, version: string, name: string, occupanciesMs: number[]): string {
  const end = Date.now() * 1e6;
  const attributes = [
    { key: 'middleware.name', value: { stringValue: name } },
    { key: 'middleware.framework', value: { stringValue: 'express' } },
    { key: 'http.request.method', value: { stringValue: 'GET' } },
  ];
  const point = {
    attributes,
    startTimeUnixNano: String(end - 10e9),
    timeUnixNano: String(end),
    ...expHistogram(occupanciesMs),
  };
  const metric = (metricName: string) => ({
    name: metricName,
    unit: 's',
    exponentialHistogram: { aggregationTemporality: 1, dataPoints: [point] },
  });
  return JSON.stringify({
    resourceMetrics: [
      {
        resource: {
          attributes: [
            { key: 'service.name', value: { stringValue: service } },
            { key: 'service.version', value: { stringValue: version } },
          ],
        },
        scopeMetrics: [
          {
            scope: { name: '@hopscope/instrumentation' },
            metrics: [metric('middleware.duration'), metric('middleware.occupancy')],
          },
        ],
      },
    ],
  });
}

// The decoder against bodies the real OpenTelemetry JS exporters send (protobuf and JSON),
// captured by a loopback server, then read by the receiver's collectors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { SpanKind, SpanStatusCode } from '@opentelemetry/api';
import { OTLPMetricExporter as JsonMetrics } from '@opentelemetry/exporter-metrics-otlp-http';
import { OTLPMetricExporter as ProtoMetrics } from '@opentelemetry/exporter-metrics-otlp-proto';
import { OTLPTraceExporter as JsonTraces } from '@opentelemetry/exporter-trace-otlp-http';
import { OTLPTraceExporter as ProtoTraces } from '@opentelemetry/exporter-trace-otlp-proto';
import { resourceFromAttributes } from '@opentelemetry/resources';
import {
  AggregationTemporality,
  AggregationType,
  InstrumentType,
  MeterProvider,
  PeriodicExportingMetricReader,
} from '@opentelemetry/sdk-metrics';
import { BasicTracerProvider, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { emptyBatch } from '../../lib/ingest/batch';
import { collectMetrics } from '../../lib/ingest/metrics';
import { collectSpans, SPAN_KEYS } from '../../lib/ingest/spans';
import { decodeMetrics, decodeTraces, encodingOf } from '../../lib/otlp/decode';
import { countOf, quantile, type Histogram } from '../../lib/rollup/histogram';

type Captured = { path: string; contentType: string; body: Buffer };

async function capture(send: (endpoint: string) => Promise<void>): Promise<Captured[]> {
  const got: Captured[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      got.push({ path: req.url!, contentType: req.headers['content-type']!, body: Buffer.concat(chunks) });
      res
        .writeHead(200, { 'content-type': req.headers['content-type'] })
        .end(req.headers['content-type']?.includes('json') ? '{}' : '');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  try {
    await send(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  } finally {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
  }
  return got;
}

const resource = resourceFromAttributes({
  'service.name': 'checkout',
  'service.version': '2.1.0',
  'deployment.environment.name': 'prod',
});

for (const encoding of ['protobuf', 'json'] as const) {
  test(`${encoding}: spans from the OTLP trace exporter`, async () => {
    const bodies = await capture(async (endpoint) => {
      const url = `${endpoint}/v1/traces`;
      const exporter = encoding === 'protobuf' ? new ProtoTraces({ url }) : new JsonTraces({ url });
      const provider = new BasicTracerProvider({ resource, spanProcessors: [new SimpleSpanProcessor(exporter)] });
      const tracer = provider.getTracer('@hopscope/instrumentation');
      const span = tracer.startSpan('middleware - auth', {
        kind: SpanKind.INTERNAL,
        startTime: 1_764_000_000_000,
        attributes: {
          'middleware.name': 'auth',
          'middleware.framework': 'express',
          'middleware.position': 3,
          'middleware.duration': 0.012,
          'middleware.occupancy': 0.009,
          'middleware.hops': 2,
          'middleware.blocking.max': 0.009,
          'middleware.stall': 0.027,
          'http.route': '/orders/:id',
          'http.request.method': 'POST',
          'error.type': 'TypeError',
        },
      });
      span.setStatus({ code: SpanStatusCode.ERROR });
      span.end(1_764_000_000_012);
      // A plain OpenTelemetry express span: duration only.
      tracer
        .startSpan('middleware - query', {
          startTime: 1_764_000_000_000,
          attributes: { 'express.type': 'middleware', 'express.name': 'query' },
        })
        .end(1_764_000_000_002);
      // Not a middleware span at all.
      tracer.startSpan('GET /orders').end();
      await provider.forceFlush();
      await provider.shutdown();
    });
    const batch = emptyBatch();
    for (const body of bodies) {
      assert.equal(body.path, '/v1/traces');
      assert.equal(encodingOf(body.contentType), encoding);
      collectSpans(decodeTraces(body.body, encoding, SPAN_KEYS), batch);
    }
    assert.equal(batch.rejected, 0);
    assert.equal(batch.exemplars.length, 2);
    const rows = batch.exemplars;
    const ours = rows.find((e) => e.middleware === 'auth')!;
    assert.match(ours.traceId, /^[0-9a-f]{32}$/);
    assert.match(ours.spanId, /^[0-9a-f]{16}$/);
    assert.deepEqual(
      {
        service: ours.service,
        version: ours.version,
        environment: ours.environment,
        route: ours.route,
        method: ours.method,
      },
      { service: 'checkout', version: '2.1.0', environment: 'prod', route: '/orders/:id', method: 'POST' },
    );
    assert.equal(ours.start.getTime(), 1_764_000_000_000);
    assert.equal(ours.duration, 0.012);
    assert.equal(ours.occupancy, 0.009);
    assert.equal(ours.position, 3);
    assert.equal(ours.error, 'TypeError');
    const plain = rows.find((e) => e.middleware === 'query')!;
    assert.equal(plain.framework, 'express');
    assert.equal(plain.occupancy, null);
    // Nanosecond timestamps near 1.7e18 lose sub-microsecond precision in a double.
    assert.ok(Math.abs(plain.duration - 0.002) < 1e-6);
    // Plain spans feed duration-only rollups; Hopscope's own come from its metrics.
    assert.equal(batch.contributions.length, 1);
    assert.equal(batch.contributions[0].delta.measured, false);
  });

  test(`${encoding}: exponential histograms and sums from the OTLP metric exporter`, async () => {
    const bodies = await capture(async (endpoint) => {
      const url = `${endpoint}/v1/metrics`;
      const options = { url, temporalityPreference: AggregationTemporality.DELTA };
      const exporter = encoding === 'protobuf' ? new ProtoMetrics(options) : new JsonMetrics(options);
      const reader = new PeriodicExportingMetricReader({ exporter, exportIntervalMillis: 60_000 });
      const provider = new MeterProvider({
        resource,
        readers: [reader],
        views: [
          {
            instrumentName: 'middleware.*',
            instrumentType: InstrumentType.HISTOGRAM,
            aggregation: { type: AggregationType.EXPONENTIAL_HISTOGRAM },
          },
        ],
      });
      const meter = provider.getMeter('@hopscope/instrumentation');
      const occupancy = meter.createHistogram('middleware.occupancy', { unit: 's' });
      const attrs = {
        'middleware.name': 'auth',
        'middleware.framework': 'express',
        'http.route': '/orders/:id',
        'http.request.method': 'GET',
      };
      for (let i = 1; i <= 100; i++) occupancy.record(i / 1000, attrs);
      meter.createCounter('middleware.stall', { unit: 's' }).add(0.5, attrs);
      meter.createCounter('middleware.hops.count').add(7, { ...attrs, 'middleware.hop.kind': 'threadpool' });
      await reader.forceFlush();
      await provider.shutdown();
    });
    const batch = emptyBatch();
    for (const b of bodies) collectMetrics(decodeMetrics(b.body, encoding), batch);
    assert.equal(batch.rejected, 0, [...batch.reasons].join('; '));
    const occ = batch.contributions.find((c) => c.delta.occupancy !== undefined)!;
    assert.equal(occ.key.middleware, 'auth');
    assert.equal(occ.key.route, '/orders/:id');
    assert.ok(Math.abs(occ.delta.occupancySum! - 5.05) < 1e-9);
    const h = occ.delta.occupancy as Histogram;
    assert.equal(countOf(h), 100);
    assert.ok(Math.abs(quantile(h, 0.5)! - 0.05) / 0.05 < 0.02);
    assert.equal(batch.contributions.find((c) => c.delta.stallSum !== undefined)!.delta.stallSum, 0.5);
    assert.equal(batch.contributions.find((c) => c.delta.hopsThreadpool !== undefined)!.delta.hopsThreadpool, 7);
  });
}

test('cumulative temporality is refused with a reason, not silently double counted', async () => {
  const bodies = await capture(async (endpoint) => {
    const reader = new PeriodicExportingMetricReader({
      exporter: new JsonMetrics({ url: `${endpoint}/v1/metrics` }),
      exportIntervalMillis: 60_000,
    });
    const provider = new MeterProvider({ resource, readers: [reader] });
    provider.getMeter('m').createCounter('middleware.stall').add(1, { 'middleware.name': 'x' });
    await reader.forceFlush();
    await provider.shutdown();
  });
  const batch = emptyBatch();
  collectMetrics(decodeMetrics(bodies[0].body, 'json'), batch);
  assert.equal(batch.rejected, 1);
  assert.match([...batch.reasons][0], /only delta temporality/);
});

// Spans: Hopscope's own request span parents the middleware spans when no HTTP
// instrumentation made one; spanSampleRatio decides which requests, and an upstream
// traceparent that says sampled always wins. Metrics count every request regardless.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { SpanKind } from '@opentelemetry/api';
import { listen, settle, setup } from './helpers';

const h = setup({ spanSampleRatio: 0 });
// eslint-disable-next-line @typescript-eslint/no-require-imports
const express: typeof import('express') = require('express');

test('unsampled requests make no spans; an upstream-sampled one is traced under its trace', async (t) => {
  const app = express();
  app.get(
    '/orders/:id',
    function loadOrder(_req, _res, next) {
      next();
    },
    function sendOrder(_req, res) {
      res.status(201).send('ok');
    },
  );
  const { url, close } = await listen(http.createServer(app));
  t.after(close);
  await h.collect();
  for (let i = 0; i < 5; i++) await (await fetch(`${url}/orders/${i}`)).text();
  await settle();
  assert.equal(h.exporter.getFinishedSpans().length, 0);

  const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
  await (await fetch(`${url}/orders/9`, { headers: { traceparent: `00-${traceId}-00f067aa0ba902b7-01` } })).text();
  await (await fetch(`${url}/orders/9`, { headers: { traceparent: `00-${traceId}-00f067aa0ba902b7-00` } })).text();
  await settle();
  const spans = h.exporter.getFinishedSpans();
  assert.equal(spans.length, 3, 'one request span and two middleware spans, for the sampled request only');
  const request = spans.find((s) => s.kind === SpanKind.SERVER)!;
  assert.equal(request.name, 'GET /orders/:id');
  assert.equal(request.spanContext().traceId, traceId);
  assert.equal(request.parentSpanContext?.spanId, '00f067aa0ba902b7');
  assert.equal(request.attributes['http.response.status_code'], 201);
  for (const name of ['loadOrder', 'sendOrder']) {
    const [span] = h.spans(name);
    assert.equal(span.parentSpanContext?.spanId, request.spanContext().spanId);
    assert.equal(span.spanContext().traceId, traceId);
  }

  const metrics = (await h.collect()).scopeMetrics.flatMap((s) => s.metrics);
  const duration = metrics.find((m) => m.descriptor.name === 'middleware.duration')!;
  const load = duration.dataPoints.find((p) => p.attributes['middleware.name'] === 'loadOrder')!;
  assert.equal((load.value as { count: number }).count, 7, 'metrics cover every request');
});

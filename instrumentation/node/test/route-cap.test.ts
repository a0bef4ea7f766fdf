// maxRoutesPerMiddleware bounds memory whatever the app's routes: past the cap, a
// middleware's figures and the exemplar slots fold into "(other)", and every call is still
// counted once.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { listen, settle, setup } from './helpers';
import { OTHER } from '../src/semconv';
import { RANDOM, SLOWEST } from '../src/exemplars';

const h = setup({ spanSampleRatio: 0, maxRoutesPerMiddleware: 3 });
// eslint-disable-next-line @typescript-eslint/no-require-imports
const express: typeof import('express') = require('express');

test('past the cap, routes fold into (other): in the metrics and in the exemplar slots', async (t) => {
  const app = express();
  app.use(function gate(_req, _res, next) {
    next();
  });
  for (let r = 0; r < 10; r++) app.get(`/r${r}`, (_req, res) => res.send('ok'));
  const { url, close } = await listen(http.createServer(app));
  t.after(close);
  await h.collect();
  h.exporter.reset();
  for (let round = 0; round < 3; round++) for (let r = 0; r < 10; r++) await (await fetch(`${url}/r${r}`)).text();
  await settle();
  const metrics = (await h.collect()).scopeMetrics.flatMap((s) => s.metrics);
  const points = metrics
    .find((m) => m.descriptor.name === 'middleware.duration')!
    .dataPoints.filter((p) => p.attributes['middleware.name'] === 'gate');
  const routes = points.map((p) => String(p.attributes['http.route']));
  assert.equal(new Set(routes).size, 4, `three routes and (other): ${routes.join(', ')}`);
  assert.ok(routes.includes(OTHER));
  assert.equal(
    points.reduce((n, p) => n + (p.value as { count: number }).count, 0),
    30,
    'every call counted once',
  );
  const traces = new Set(h.exporter.getFinishedSpans().map((s) => s.spanContext().traceId));
  assert.ok(traces.size <= 4 * (2 * SLOWEST + RANDOM), `${traces.size} requests kept for 4 route slots`);
});

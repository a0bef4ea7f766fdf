// Hopscope's own work is never charged to a middleware: a final handler that only calls
// res.json() is charged what it takes, measured with the same clock from the moment the
// middleware before it called next() (Express's dispatch to it is the handler's, DESIGN's
// boundaries) until res.json() returned, and not the Node work its response sets off
// afterwards (the socket's afterWrite, 'finish', 'close') or Hopscope's recording. Before
// this was fixed it was charged 50-80 µs a call more.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { listen, setup } from './helpers';

const h = setup({ spanSampleRatio: 0 });
// eslint-disable-next-line @typescript-eslint/no-require-imports
const express: typeof import('express') = require('express');

test("a res.json() handler's occupancy is what it takes, from the next() that leads to it", async (t) => {
  const inside: number[] = [];
  let handedOn = 0;
  const app = express();
  app.use(function first(_req, _res, next) {
    handedOn = performance.now();
    next();
  });
  app.get('/items/:id', function handler(req, res) {
    res.json({ id: req.params.id, items: [1, 2, 3] });
    inside.push(performance.now() - handedOn);
  });
  const { url, close } = await listen(http.createServer(app));
  t.after(close);
  const requests = async (n: number) => {
    for (let i = 0; i < n; i++) await (await fetch(`${url}/items/${i}`)).text();
    await new Promise((r) => setTimeout(r, 30));
  };
  await requests(200); // compiled and warm
  inside.length = 0;
  await h.collect();
  await requests(300);
  const metrics = (await h.collect()).scopeMetrics.flatMap((s) => s.metrics);
  const point = metrics
    .find((m) => m.descriptor.name === 'middleware.occupancy')!
    .dataPoints.find((p) => p.attributes['middleware.name'] === 'handler')!;
  const { sum, count } = point.value as { sum: number; count: number };
  assert.equal(count, 300);
  const charged = (sum / count) * 1000;
  const takes = inside.reduce((a, b) => a + b, 0) / inside.length;
  // The handler's segment also holds the clock reads around it and the call itself.
  assert.ok(
    charged >= takes * 0.95 && charged - takes < 0.025,
    `charged ${charged.toFixed(3)} ms a call, it takes ${takes.toFixed(3)} ms`,
  );
});

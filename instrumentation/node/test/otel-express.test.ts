// Beside OpenTelemetry's own express instrumentation (which wraps every layer's handle, the
// layers Hopscope measures): the app answers the same, Hopscope's figures and names stay
// right, and both sets of spans are there.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { ExpressInstrumentation } from '@opentelemetry/instrumentation-express';
import type { NextFunction, Request, Response } from 'express';
import { loadExpress } from './express-versions';
import { AWAITING_MAX_MS, busyWait, listen, ms, settle, setup } from './helpers';

const h = setup({}, true);
const otelExpress = new ExpressInstrumentation();
otelExpress.setTracerProvider(h.provider);

for (const major of [4, 5] as const) {
  describe(`express ${major} with OpenTelemetry's express instrumentation`, () => {
    const express = loadExpress(major);
    let url = '';
    let close: () => Promise<void>;
    before(async () => {
      const app = express();
      app.use(function upstream(_req, _res, next) {
        busyWait(5);
        next();
        busyWait(12);
      });
      app.use(async function lookup(_req, _res, next) {
        await sleep(10);
        next();
      });
      app.get('/items/:id', function item(req, res) {
        busyWait(20);
        res.json({ id: req.params.id });
      });
      app.get('/fail', (_req, _res, next) => next(new RangeError('no')));
      app.use(function onError(err: Error, _req: Request, res: Response, _next: NextFunction) {
        res.status(418).send(err.message);
      });
      ({ url, close } = await listen(http.createServer(app)));
      // The process's first requests compile the app's and both instrumentations' code.
      for (let i = 0; i < 3; i++) await (await fetch(`${url}/items/0`)).text();
    });
    after(() => close());

    test('same answers; Hopscope measures the functions registered, under their own names', async () => {
      h.exporter.reset();
      const res = await fetch(`${url}/items/7`);
      assert.deepEqual(await res.json(), { id: '7' });
      const failed = await fetch(`${url}/fail`);
      assert.equal(failed.status, 418);
      assert.equal(await failed.text(), 'no');
      await settle(50);
      const [up] = h.attrs('upstream');
      const [item] = h.attrs('item');
      const [lookup] = h.attrs('lookup');
      assert.ok(
        up && item && lookup,
        `spans: ${h.exporter
          .getFinishedSpans()
          .map((s) => s.name)
          .join(', ')}`,
      );
      assert.ok(
        ms(item['middleware.occupancy']) >= 19 && ms(item['middleware.occupancy']) < 40,
        `item ${ms(item['middleware.occupancy'])}`,
      );
      const upOcc = ms(up['middleware.occupancy']);
      assert.ok(upOcc >= 16 && upOcc < 28, `upstream ${upOcc}: 5 + 12, never the downstream's 20`);
      assert.ok(ms(lookup['middleware.occupancy']) < AWAITING_MAX_MS && ms(lookup['middleware.duration']) >= 9);
      assert.equal(h.attrs('onError').length, 1);
      assert.ok(
        !h.exporter.getFinishedSpans().some((s) => s.attributes['middleware.name'] === 'patched'),
        'no wrapper names',
      );
    });

    test("both sets of spans: OpenTelemetry's express spans and Hopscope's middleware spans", async () => {
      h.exporter.reset();
      await (await fetch(`${url}/items/8`)).text();
      await settle(50);
      const spans = h.exporter.getFinishedSpans();
      const theirs = spans.filter((s) => s.instrumentationScope.name === '@opentelemetry/instrumentation-express');
      const ours = spans.filter((s) => s.attributes['middleware.name'] !== undefined);
      assert.ok(
        theirs.some((s) => s.attributes['express.name'] === 'upstream'),
        theirs.map((s) => s.name).join(', '),
      );
      assert.ok(ours.length >= 3);
      const traceIds = new Set(spans.map((s) => s.spanContext().traceId));
      assert.equal(traceIds.size, 1, 'one trace: the HTTP server span, theirs and ours');
    });
  });
}

// Beside OpenTelemetry's koa and connect instrumentations, which wrap each middleware as
// the app registers it (the functions Hopscope measures too). Set up before Hopscope (the
// README's order: Hopscope last), so that Hopscope sees and names the functions the app
// registered: the app answers the same, the figures stay right and both sets of spans are
// in one trace. (Both wrap Koa.prototype.use; the instrumentation base's _wrap removes any
// wrap already there, so Hopscope wraps on top instead: frameworks/layered-wrap.ts.)
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { ConnectInstrumentation } from '@opentelemetry/instrumentation-connect';
import { KoaInstrumentation } from '@opentelemetry/instrumentation-koa';
import { BasicTracerProvider } from '@opentelemetry/sdk-trace-base';
import { AWAITING_MAX_MS, busyWait, listen, ms, settle, setup } from './helpers';

// Enabled first: their patches are applied first, and Hopscope's wrap them.
const theirs = [new KoaInstrumentation(), new ConnectInstrumentation()];
const h = setup({}, true);
for (const i of theirs) i.setTracerProvider(h.provider as BasicTracerProvider);
/* eslint-disable @typescript-eslint/no-require-imports */
const Koa: typeof import('koa') = require('koa');
const Router: typeof import('@koa/router') = require('@koa/router');
const connect: typeof import('connect') = require('connect');
/* eslint-enable @typescript-eslint/no-require-imports */

const apps: Record<string, { scope: string; start: () => http.RequestListener }> = {
  koa: {
    scope: '@opentelemetry/instrumentation-koa',
    start: () => {
      const app = new Koa();
      app.use(async function outer(_ctx, next) {
        busyWait(5);
        await next();
        busyWait(10);
      });
      app.use(async function lookup(_ctx, next) {
        await sleep(10);
        await next();
      });
      const router = new Router();
      router.get('/items/:id', async function item(ctx) {
        busyWait(20);
        ctx.body = { id: ctx.params.id };
      });
      app.use(router.routes());
      return app.callback();
    },
  },
  connect: {
    scope: '@opentelemetry/instrumentation-connect',
    start: () => {
      const app = connect();
      app.use(function outer(_req: http.IncomingMessage, _res: http.ServerResponse, next: () => void) {
        busyWait(5);
        next();
        busyWait(10);
      });
      app.use(function lookup(_req: http.IncomingMessage, _res: http.ServerResponse, next: () => void) {
        setTimeout(next, 10);
      });
      app.use('/items', function item(_req: http.IncomingMessage, res: http.ServerResponse) {
        busyWait(20);
        res.setHeader('content-type', 'application/json');
        res.end('{"id":"7"}');
      });
      return app;
    },
  },
};

for (const [framework, { scope, start }] of Object.entries(apps)) {
  describe(`${framework} with OpenTelemetry's ${framework} instrumentation set up first`, () => {
    let url = '';
    let close: () => Promise<void>;
    before(async () => {
      ({ url, close } = await listen(http.createServer(start())));
      for (let i = 0; i < 3; i++) await (await fetch(`${url}/items/0`)).text(); // compiled and warm
    });
    after(() => close());

    test('same answers, right figures under the registered names, both sets of spans in one trace', async () => {
      h.exporter.reset();
      const res = await fetch(`${url}/items/7`);
      assert.equal(res.status, 200);
      assert.deepEqual(await res.json(), { id: '7' });
      await settle(50);
      const spans = h.exporter.getFinishedSpans();
      const [outer] = h.attrs('outer');
      const [lookup] = h.attrs('lookup');
      const [item] = h.attrs('item');
      assert.ok(
        outer && lookup && item,
        `Hopscope's spans: ${spans.map((s) => String(s.attributes['middleware.name'] ?? '-')).join(', ')}`,
      );
      const outerOcc = ms(outer['middleware.occupancy']);
      assert.ok(outerOcc >= 14 && outerOcc < 30, `outer ${outerOcc}: 5 + 10, never the item's 20`);
      assert.ok(ms(lookup['middleware.occupancy']) < AWAITING_MAX_MS && ms(lookup['middleware.duration']) >= 9);
      assert.ok(ms(item['middleware.occupancy']) >= 19 && ms(item['middleware.occupancy']) < 40);
      assert.ok(
        spans.some((s) => s.instrumentationScope.name === scope),
        `no span of ${scope}`,
      );
      assert.equal(new Set(spans.map((s) => s.spanContext().traceId)).size, 1);
    });
  });
}

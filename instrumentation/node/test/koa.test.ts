// Ground truth for Koa (and @koa/router): upstream awaits downstream, and neither the
// thread time nor the duration of downstream is charged upstream.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import crypto from 'node:crypto';
import { promisify } from 'node:util';
import { setTimeout as sleep } from 'node:timers/promises';
import { AWAITING_MAX_MS, busyWait, listen, ms, settle, setup } from './helpers';

const h = setup();
/* eslint-disable @typescript-eslint/no-require-imports */
const Koa: typeof import('koa') = require('koa');
const Router: typeof import('@koa/router') = require('@koa/router');
/* eslint-enable @typescript-eslint/no-require-imports */
const pbkdf2 = promisify(crypto.pbkdf2);

describe('koa', () => {
  let url = '';
  let close: () => Promise<void>;
  before(async () => {
    const app = new Koa();
    const router = new Router();
    app.use(async function errors(ctx, next) {
      try {
        await next();
      } catch (err) {
        ctx.status = 500;
        ctx.body = (err as Error).message;
      }
    });
    app.use(async function outer(ctx, next) {
      busyWait(5);
      await next();
      busyWait(10);
    });
    app.use(async function timer(_ctx, next) {
      await sleep(20);
      await next();
    });
    router.get('/items/:id', async function getItem(ctx) {
      busyWait(30);
      ctx.body = { id: ctx.params.id };
    });
    router.get('/hash', async (ctx) => {
      await pbkdf2('pw', 'salt', 10000, 32, 'sha256');
      ctx.body = 'ok';
    });
    router.get('/boom', async function boom() {
      await sleep(1);
      throw new RangeError('boom');
    });
    app.use(router.routes());
    ({ url, close } = await listen(http.createServer(app.callback())));
  });
  after(() => close());

  test('upstream: its own segments before and after await next(), not downstream', async () => {
    const res = await fetch(`${url}/items/7`);
    assert.deepEqual(await res.json(), { id: '7' });
    await settle();
    const [outer] = h.attrs('outer');
    const [handler] = h.attrs('getItem');
    const [timer] = h.attrs('timer');
    assert.ok(ms(handler['middleware.occupancy']) >= 29, `handler ${ms(handler['middleware.occupancy'])}`);
    assert.equal(handler['http.route'], '/items/:id');
    assert.equal(handler['middleware.framework'], 'koa');
    const occ = ms(outer['middleware.occupancy']);
    // Generous above (a loaded machine stretches busy-waits), but below the 45 ms that
    // absorbing the handler's 30 would give.
    assert.ok(occ >= 14 && occ < 40, `outer occupancy ${occ} (5 + 10, not the handler's 30)`);
    const dur = ms(outer['middleware.duration']);
    assert.ok(dur >= 14 && dur < 40, `outer duration ${dur}: its own phase minus awaiting next()`);
    assert.ok(ms(timer['middleware.occupancy']) < AWAITING_MAX_MS);
    assert.ok(
      ms(timer['middleware.duration']) >= 19 && ms(timer['middleware.duration']) < 60,
      `timer duration ${ms(timer['middleware.duration'])}`,
    );
    assert.ok(Number(timer['middleware.hops.io']) >= 1);
    assert.equal(outer['http.route'], '/items/:id', 'the route is known for every middleware of the request');
  });

  test('thread-pool hops; unnamed route handlers are named by method and path', async () => {
    await (await fetch(`${url}/hash`)).text();
    await settle();
    const [hash] = h.attrs('GET /hash');
    assert.ok(Number(hash['middleware.hops.threadpool']) >= 1);
  });

  test('a rejection marks the middleware that threw, not those it passed through', async () => {
    const res = await fetch(`${url}/boom`);
    assert.equal(res.status, 500);
    assert.equal(await res.text(), 'boom');
    await settle();
    assert.equal(h.attrs('boom')[0]['error.type'], 'RangeError');
    assert.equal(h.attrs('timer').at(-1)!['error.type'], undefined);
    assert.equal(h.attrs('errors').at(-1)!['error.type'], undefined);
  });
});

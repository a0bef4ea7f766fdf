// One instance measures at a time (settings.ts): the frameworks are patched on their
// prototypes and there is one JavaScript thread to time. A second instance enabled beside
// the first is refused, saying why, and the first's settings stay; once the first is
// disabled, the second measures with its own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { MiddlewareInstrumentation } from '../src';
import { serveBudgetApp } from './fixtures/budget-app';
import { busyWait, listen, setup } from './helpers';

const h = setup({ budget: { occupancyMs: 10, onExceeded: 'throw' } });

test('a second instance enabled beside the first is refused; the first keeps measuring with its settings', async (t) => {
  assert.throws(
    () => new MiddlewareInstrumentation({ budget: { occupancyMs: 100, onExceeded: 'throw' } }),
    /one MiddlewareInstrumentation per process.*disable\(\) it first/,
  );
  const { url, close } = await serveBudgetApp();
  t.after(close);
  const res = await fetch(`${url}/15`);
  assert.equal(res.status, 500);
  assert.match(await res.text(), /^MiddlewareBudgetError: .* over its budget of 10 ms$/, "the first's budget");
});

test('once the first is disabled, a second measures what loads after it, with its own settings', async (t) => {
  h.instrumentation.disable();
  const second = new MiddlewareInstrumentation({ budget: { occupancyMs: 30, onExceeded: 'warn' } });
  t.after(() => second.disable());
  // Koa loads now: the second instance patches it (what loaded before stays as the first left it).
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const Koa: typeof import('koa') = require('koa');
  const app = new Koa();
  app.use(async function hashPassword(ctx, next) {
    busyWait(Number(ctx.path.slice(1)));
    await next();
    ctx.body = 'ok';
  });
  const { url, close } = await listen(http.createServer(app.callback()));
  t.after(close);
  const warnings: string[] = [];
  const onWarning = (w: Error & { code?: string }) => w.code === 'HOPSCOPE_BUDGET' && warnings.push(w.message);
  process.on('warning', onWarning);
  t.after(() => process.off('warning', onWarning));
  for (const ms of [0, 15, 60]) assert.equal(await (await fetch(`${url}/${ms}`)).text(), 'ok');
  await new Promise((r) => setTimeout(r, 50));
  // Warned once, for the 60 ms call against the second's 30 ms (the first's 10 would have warned at 15).
  assert.equal(warnings.length, 1, warnings.join(' | '));
  const held =
    /"hashPassword" \(koa\) held the JavaScript thread for (\d+\.\d) ms in one call, over its budget of 30 ms/.exec(
      warnings[0],
    );
  assert.ok(held !== null && Number(held[1]) >= 60, warnings[0]);
});

// The budget policy: warn once per middleware, or fail the request in 'throw' mode.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { serveBudgetApp } from './fixtures/budget-app';
import { setup } from './helpers';

const h = setup({ budget: { occupancyMs: 10, onExceeded: 'warn' } });

test("onExceeded 'warn': one warning per middleware with the measured figure", async (t) => {
  const { url, close } = await serveBudgetApp();
  t.after(close);
  const warned = once(process, 'warning');
  for (let i = 0; i < 3; i++) assert.equal((await fetch(`${url}/25`)).status, 200);
  const [warning] = (await warned) as [Error & { code?: string }];
  assert.equal(warning.code, 'HOPSCOPE_BUDGET');
  assert.match(warning.message, /"hashPassword" \(express\) held the JavaScript thread for \d+\.\d ms/);
  let more = 0;
  const count = () => more++;
  process.on('warning', count);
  await (await fetch(`${url}/25`)).text();
  await new Promise((r) => setTimeout(r, 30));
  process.off('warning', count);
  assert.equal(more, 0, 'warned once per middleware');
});

test("onExceeded 'throw': the request fails with MiddlewareBudgetError", async (t) => {
  h.instrumentation.setConfig({ budget: { occupancyMs: 10, onExceeded: 'throw' } });
  const { url, close } = await serveBudgetApp();
  t.after(close);
  const res = await fetch(`${url}/25`);
  assert.equal(res.status, 500);
  assert.match(
    await res.text(),
    /^MiddlewareBudgetError: middleware "hashPassword" held the JavaScript thread for \d+\.\d ms, over its budget of 10 ms$/,
  );
});

// The budget policy: warn once per middleware, or fail the request in 'throw' mode.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { once } from 'node:events';
import { busyWait, listen, setup } from './helpers';

const h = setup({ budget: { occupancyMs: 10, onExceeded: 'warn' } });
// eslint-disable-next-line @typescript-eslint/no-require-imports
const express: typeof import('express') = require('express');

async function serve() {
  const app = express();
  app.get(
    '/',
    function hashPassword(_req, _res, next) {
      busyWait(25);
      next();
    },
    function cheap(_req, _res, next) {
      next();
    },
    (_req, res) => res.send('ok'),
  );
  app.use(
    (
      err: Error,
      _req: http.IncomingMessage,
      res: http.ServerResponse & { status(n: number): { send(s: string): void } },
      _next: () => void,
    ) => {
      res.status(500).send(`${err.name}: ${err.message}`);
    },
  );
  return listen(http.createServer(app));
}

test("onExceeded 'warn': one warning per middleware with the measured figure", async (t) => {
  const { url, close } = await serve();
  t.after(close);
  const warned = once(process, 'warning');
  for (let i = 0; i < 3; i++) assert.equal((await fetch(url)).status, 200);
  const [warning] = (await warned) as [Error & { code?: string }];
  assert.equal(warning.code, 'HOPSCOPE_BUDGET');
  assert.match(warning.message, /"hashPassword" \(express\) held the JavaScript thread for \d+\.\d ms/);
  let more = 0;
  const count = () => more++;
  process.on('warning', count);
  await (await fetch(url)).text();
  await new Promise((r) => setTimeout(r, 30));
  process.off('warning', count);
  assert.equal(more, 0, 'warned once per middleware');
});

test("onExceeded 'throw': the request fails with MiddlewareBudgetError", async (t) => {
  h.instrumentation.setConfig({ budget: { occupancyMs: 10, onExceeded: 'throw' } });
  const { url, close } = await serve();
  t.after(close);
  const res = await fetch(url);
  assert.equal(res.status, 500);
  assert.match(
    await res.text(),
    /^MiddlewareBudgetError: middleware "hashPassword" held the JavaScript thread for \d+\.\d ms, over its budget of 10 ms$/,
  );
});

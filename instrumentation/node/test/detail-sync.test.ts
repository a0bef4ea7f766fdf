// detail: 'sync' measures synchronous segments only: no async hooks, no hops.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { busyWait, listen, ms, settle, setup } from './helpers';

const h = setup({ detail: 'sync' });
// eslint-disable-next-line @typescript-eslint/no-require-imports
const express: typeof import('express') = require('express');

test('sync detail: the first call counts, continuations and hops do not', async (t) => {
  const app = express();
  app.get(
    '/',
    async function twoSegments(_req, _res, next) {
      busyWait(15);
      await sleep(5);
      busyWait(15);
      next();
    },
    (_req, res) => res.send('ok'),
  );
  const { url, close } = await listen(http.createServer(app));
  t.after(close);
  await (await fetch(url)).text();
  await settle();
  const [a] = h.attrs('twoSegments');
  assert.ok(
    ms(a['middleware.occupancy']) >= 14 && ms(a['middleware.occupancy']) < 25,
    `occupancy ${ms(a['middleware.occupancy'])}`,
  );
  assert.equal(a['middleware.hops'], 0);
  assert.ok(ms(a['middleware.duration']) >= 34, 'duration still runs to next()');
});

test('sync detail: a next() called after its response closed leaves the next request alone', async (t) => {
  const app = express();
  app.get('/late', function late(_req, res, next) {
    res.send('ok');
    setTimeout(next, 50); // long after this request is recorded
  });
  app.get(
    '/slow',
    async function waiting(_req, _res, next) {
      await sleep(100);
      next();
    },
    (_req, res) => res.send('ok'),
  );
  app.use((_err: unknown, _req: unknown, _res: unknown, next: () => void) => next());
  const { url, close } = await listen(http.createServer(app));
  t.after(close);
  await (await fetch(`${url}/late`)).text();
  await settle(10);
  // Made while late's next() is pending: nothing of late's request may be charged to it.
  await (await fetch(`${url}/slow`)).text();
  await settle();
  const [waiting] = h.attrs('waiting');
  assert.ok(
    ms(waiting['middleware.duration']) >= 95,
    `waiting's own phase lasted ${ms(waiting['middleware.duration'])} ms, its timer 100`,
  );
});

// wrapMiddleware for hand-rolled chains, the ignore option, and a disabled instrumentation
// that leaves the framework untouched.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { wrapMiddleware } from '../src';
import { AWAITING_MAX_MS, busyWait, listen, ms, settle, setup } from './helpers';

const h = setup({ ignore: ['healthCheck'] });

type Mw = (req: http.IncomingMessage, res: http.ServerResponse, next: (err?: unknown) => void) => void;

test('wrapMiddleware measures a hand-rolled connect-style chain', async (t) => {
  const chain: Mw[] = [
    wrapMiddleware(
      function parse(_req, _res, next) {
        busyWait(20);
        next();
      },
      { name: 'parseBody' },
    ),
    wrapMiddleware(async function lookup(_req: http.IncomingMessage, _res: http.ServerResponse, next: () => void) {
      await sleep(10);
      next();
    }),
    wrapMiddleware(function healthCheck(_req, _res, next) {
      next();
    }),
    (_req, res) => res.end('ok'),
  ];
  const server = http.createServer((req, res) => {
    let i = 0;
    const next = () => chain[i++](req, res, next);
    next();
  });
  const { url, close } = await listen(server);
  t.after(close);
  // Twice: the first call also pays for loading the timer path (real thread time, over 4 ms
  // on a slow machine); the second shows what awaiting itself costs.
  for (let i = 0; i < 2; i++) assert.equal(await (await fetch(url)).text(), 'ok');
  await settle();
  const parse = h.attrs('parseBody').at(-1)!;
  assert.ok(ms(parse['middleware.occupancy']) >= 19);
  assert.equal(parse['middleware.framework'], 'custom');
  const lookup = h.attrs('lookup').at(-1)!;
  assert.ok(ms(lookup['middleware.occupancy']) < AWAITING_MAX_MS, `occupancy ${ms(lookup['middleware.occupancy'])}`);
  assert.ok(Number(lookup['middleware.hops.io']) >= 1);
  assert.equal(h.attrs('healthCheck').length, 0, 'ignored by name');
});

test('wrapMiddleware inside an instrumented framework: one invocation a call, under its name', async (t) => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const express: typeof import('express') = require('express');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const connect: typeof import('connect') = require('connect');
  const auth = wrapMiddleware(
    function checkToken(_req: unknown, _res: unknown, next: () => void) {
      busyWait(10);
      next();
    },
    { name: 'auth' },
  );
  const app = express();
  app.use(auth);
  app.get('/', (_req, res) => res.send('ok'));
  const viaConnect = connect();
  viaConnect.use(auth);
  viaConnect.use((_req: http.IncomingMessage, res: http.ServerResponse) => res.end('ok'));
  for (const listener of [app, viaConnect]) {
    const { url, close } = await listen(http.createServer(listener));
    t.after(close);
    h.exporter.reset();
    await h.collect();
    for (let i = 0; i < 3; i++) assert.equal(await (await fetch(url)).text(), 'ok');
    await settle();
    assert.equal(h.attrs('auth').length, 3, 'one span a call');
    assert.equal(h.attrs('checkToken').length, 0, 'not a second time under its function name');
    const duration = (await h.collect()).scopeMetrics
      .flatMap((s) => s.metrics)
      .find((m) => m.descriptor.name === 'middleware.duration')!;
    const counts = duration.dataPoints
      .filter((p) => p.attributes['middleware.name'] === 'auth')
      .map((p) => (p.value as { count: number }).count);
    assert.deepEqual(counts, [3], 'one invocation a call in the metrics');
    assert.ok(ms(h.attrs('auth')[0]['middleware.occupancy']) >= 9.5);
  }
});

test('wrapMiddleware keeps the arity frameworks use to tell error handlers', () => {
  const handler = wrapMiddleware(function onError(_e: unknown, _q: unknown, _s: unknown, _n: unknown) {});
  assert.equal(handler.length, 4);
  assert.equal(handler.name, 'onError');
});

test('a disabled instrumentation patches nothing', async () => {
  const { execFileSync } = await import('node:child_process');
  const script = `
    const { MiddlewareInstrumentation } = require(${JSON.stringify(require.resolve('../src'))});
    new MiddlewareInstrumentation({ enabled: false });
    require('express');
    const Layer = require(require.resolve('router/lib/layer.js', { paths: [require.resolve('express')] }));
    process.stdout.write(Layer.prototype.handleRequest.name + ' ' + Layer.name);`;
  const out = execFileSync(process.execPath, ['--import', 'tsx', '-e', script], { encoding: 'utf8' });
  assert.equal(out, 'handleRequest Layer');
});

// With the dashboard unreachable, the app serves on and memory stays bounded.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { register } from '../src';
import { busyWait, listen } from './helpers';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

// Port 9 (discard) on loopback: nothing listens, every export fails fast.
const telemetry = register({
  serviceName: 'exporter-down',
  endpoint: 'http://127.0.0.1:9',
  exportIntervalMs: 100,
  spanSampleRatio: 1,
});
// eslint-disable-next-line @typescript-eslint/no-require-imports
const express: typeof import('express') = require('express');

test('requests keep succeeding and the heap stops growing when exports fail', async (t) => {
  const app = express();
  for (let i = 0; i < 5; i++)
    app.use(function step(_req, _res, next) {
      busyWait(0.01);
      next();
    });
  app.get('/r/:id', (_req, res) => res.send('ok'));
  const { url, close } = await listen(http.createServer(app));
  t.after(async () => {
    await close();
    await telemetry.shutdown().catch(() => undefined);
  });
  const burst = async (n: number) => {
    for (let i = 0; i < n; i += 50) {
      const res = await Promise.all(Array.from({ length: 50 }, (_, j) => fetch(`${url}/r/${i + j}`)));
      for (const r of res) assert.equal(r.status, 200);
      await Promise.all(res.map((r) => r.text()));
    }
  };
  const heap = () => {
    gc();
    return process.memoryUsage().heapUsed;
  };
  await burst(2000);
  const warm = heap();
  await burst(6000);
  const grown = heap() - warm;
  assert.ok(grown < 16 * 1024 * 1024, `heap grew ${(grown / 1048576).toFixed(1)} MiB over 6000 requests`);
});

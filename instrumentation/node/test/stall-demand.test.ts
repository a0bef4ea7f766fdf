// Stall counts the requests waiting to be read (demand.ts). Every request here holds the
// thread from its parse to its response (a 10 ms busy-wait, then a synchronous reply), so
// no other request is ever in flight beside a blocking stretch: what the others wait, they
// wait unread in their sockets. Ground truth independent of Hopscope: autocannon, in a
// process of its own, keeps N keep-alive clients busy and measures each request's latency;
// all but the 10 ms of service is queueing, the time the others' stretches made it wait.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import http from 'node:http';
import { promisify } from 'node:util';
import { busyWait, listen, setup } from './helpers';

const h = setup();
// eslint-disable-next-line @typescript-eslint/no-require-imports
const express: typeof import('express') = require('express');
const run = promisify(execFile);
const SERVICE_MS = 10;

/** Mean latency (ms) autocannon measured over `requests` requests from `clients` keep-alive clients. */
async function load(url: string, clients: number, requests: number): Promise<number> {
  const { stdout } = await run(
    process.execPath,
    [require.resolve('autocannon/autocannon.js'), '-j', '-c', String(clients), '-a', String(requests), url],
    { timeout: 60_000 },
  );
  const result = JSON.parse(stdout) as { latency: { mean: number }; non2xx: number; errors: number };
  assert.equal(result.non2xx + result.errors, 0);
  return result.latency.mean;
}

/** Stall per request over the last load of `requests` (ms): the metric, every middleware of the app. */
async function stallPerRequest(requests: number): Promise<number> {
  const metrics = (await h.collect()).scopeMetrics.flatMap((s) => s.metrics);
  const stall = metrics.find((m) => m.descriptor.name === 'middleware.stall')!;
  return (stall.dataPoints.reduce((sum, p) => sum + (p.value as number), 0) * 1000) / requests;
}

describe('stall: requests waiting to be read', () => {
  let url = '';
  let close: () => Promise<void>;
  before(async () => {
    const app = express();
    app.use(function blockUntilReply(_req, _res, next) {
      busyWait(SERVICE_MS);
      next();
    });
    app.get('/', (_req, res) => res.send('ok'));
    ({ url, close } = await listen(http.createServer(app)));
  });
  after(() => close());

  test('8 clients at saturation: the stall per request is the queueing they measured; one client: none', async () => {
    await h.collect(); // a fresh interval
    const alone = await load(url, 1, 100);
    const stallAlone = await stallPerRequest(100);
    // 400 requests of two segments each: more than the 512 segments demand.ts keeps, so
    // segments are charged both as they leave its ring and at collection.
    const latency = await load(url, 8, 400);
    const stall = await stallPerRequest(400);
    // One client's latency is the service as a client sees it; the rest is queueing.
    const queueing = latency - alone;
    console.log(
      `1 client: latency ${alone.toFixed(1)} ms, stall ${stallAlone.toFixed(2)} ms; 8 clients: latency ${latency.toFixed(1)} ms, queueing ${queueing.toFixed(1)} ms, stall ${stall.toFixed(1)} ms a request`,
    );
    assert.ok(stallAlone < 1, `stall ${stallAlone.toFixed(2)} ms a request with nobody waiting`);
    assert.ok(queueing > 3 * SERVICE_MS, `the clients queued: ${queueing.toFixed(1)} ms`);
    assert.ok(
      stall >= 0.75 * queueing && stall <= 1.25 * queueing,
      `stall ${stall.toFixed(1)} ms a request, queueing ${queueing.toFixed(1)} ms`,
    );
  });
});

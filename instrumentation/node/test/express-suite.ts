// Ground truth for Express (4 and 5: express.test.ts, express4.test.ts): middleware that
// busy-wait, await timers, use the thread pool, over real HTTP on loopback.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { hrTimeToMilliseconds } from '@opentelemetry/core';
import type { NextFunction, Request, Response } from 'express';
import { loadExpress, type Express } from './express-versions';
import { AWAITING_MAX_MS, busyWait, listen, ms, settle, type Harness } from './helpers';

type Mw = (req: Request, res: Response, next: NextFunction) => unknown;

/** The whole suite against Express `major`, measured by the instrumentation of `h`. */
export function expressSuite(major: 4 | 5, h: Harness): void {
  const express: Express = loadExpress(major);
  const label = `express ${major}`;
  // Express 4 runs two middleware of its own before the app's: they are measured too.
  const builtIn = major === 4 ? ['query', 'expressInit'] : [];
  let url = '';
  let close: () => Promise<void>;

  describe(label, () => {
    before(async () => {
      const app = express();
      const api = express.Router();
      app.get(
        '/block',
        function block40(_req, _res, next) {
          busyWait(40);
          next();
        },
        (_req, res) => res.send('ok'),
      );
      app.get(
        '/timer',
        async function awaitTimer(_req, _res, next) {
          await sleep(30);
          next();
        },
        (_req, res) => res.send('ok'),
      );
      app.get(
        '/pool',
        function pbkdf2(_req, _res, next) {
          crypto.pbkdf2('secret', 'salt', 20000, 32, 'sha256', () => next());
        },
        function readFile(_req, _res, next) {
          fs.readFile(__filename, () => next());
        },
        (_req, res) => res.send('ok'),
      );
      app.get(
        '/segments',
        async function segments(_req, _res, next) {
          busyWait(10);
          await sleep(5);
          busyWait(25);
          await sleep(5);
          busyWait(10);
          next();
        },
        (_req, res) => res.send('ok'),
      );
      app.get(
        '/nested',
        function upstream(_req, _res, next) {
          busyWait(5);
          next();
          busyWait(12); // after downstream returned: upstream's own code again
        },
        function downstream(_req, res) {
          busyWait(30);
          res.send('ok');
        },
      );
      api.use(function apiAuth(_req, _res, next) {
        next();
      });
      api.get('/items/:id', ((_req, res) => res.json({ ok: true })) as Mw);
      app.use('/api', api);
      app.post(
        '/upload',
        function readBody(req, _res, next) {
          req.on('data', () => busyWait(15));
          req.on('end', () => next());
        },
        (_req, res) => res.send('ok'),
      );
      app.get('/fail', function failing(_req, _res, next) {
        next(new TypeError('bad input'));
      });
      app.use(function errorHandler(err: Error, _req: Request, res: Response, _next: NextFunction) {
        res.status(500).send(err.message);
      });
      ({ url, close } = await listen(http.createServer(app)));
    });

    after(() => close());

    describe(`${label}: occupancy, duration and hops against ground truth`, () => {
      test('a middleware that busy-waits 40 ms occupies the thread ~40 ms', async () => {
        const sent = Date.now();
        await (await fetch(`${url}/block`)).text();
        const answered = Date.now();
        await settle();
        const [a] = h.attrs('block40');
        assert.ok(
          ms(a['middleware.occupancy']) >= 38 && ms(a['middleware.occupancy']) < 80,
          `occupancy ${ms(a['middleware.occupancy'])}`,
        );
        assert.ok(ms(a['middleware.duration']) >= 38 && ms(a['middleware.duration']) < 80);
        assert.equal(a['middleware.blocking.count'], 1);
        assert.ok(ms(a['middleware.blocking.max']) >= 38);
        assert.equal(a['middleware.hops'], 0);
        assert.equal(a['middleware.framework'], 'express');
        assert.equal(a['http.route'], '/block');
        assert.equal(a['http.request.method'], 'GET');
        // The span's times are wall-clock times within the request, its length the duration,
        // and the blocking event at the segment's start.
        const [span] = h.spans('block40');
        const start = hrTimeToMilliseconds(span.startTime);
        assert.ok(
          start >= sent - 2 && start <= answered,
          `span start ${start} outside the request ${sent}..${answered}`,
        );
        assert.ok(Math.abs(hrTimeToMilliseconds(span.endTime) - start - ms(a['middleware.duration'])) < 0.01);
        const [event] = span.events;
        assert.equal(event.name, 'middleware.blocking');
        assert.ok(Math.abs(hrTimeToMilliseconds(event.time) - start) < 1, 'the blocking segment starts with the call');
      });

      test('a middleware that awaits a 30 ms timer: occupancy ~0, duration ~30 ms, an io hop', async () => {
        // The first call also pays for loading and compiling the timer path (real thread time,
        // over 4 ms on a slow machine); the second shows what awaiting itself costs.
        for (let i = 0; i < 2; i++) await (await fetch(`${url}/timer`)).text();
        await settle();
        const a = h.attrs('awaitTimer').at(-1)!;
        assert.ok(ms(a['middleware.occupancy']) < AWAITING_MAX_MS, `occupancy ${ms(a['middleware.occupancy'])}`);
        assert.ok(
          ms(a['middleware.duration']) >= 29 && ms(a['middleware.duration']) < 150,
          `duration ${ms(a['middleware.duration'])}`,
        );
        assert.ok(Number(a['middleware.hops.io']) >= 1);
        assert.equal(a['middleware.blocking.count'], 0);
      });

      test('crypto.pbkdf2 and fs.readFile report thread-pool hops and pool time', async () => {
        await (await fetch(`${url}/pool`)).text();
        await settle();
        const [hash] = h.attrs('pbkdf2');
        const [file] = h.attrs('readFile');
        assert.ok(Number(hash['middleware.hops.threadpool']) >= 1);
        assert.ok(
          ms(hash['middleware.threadpool.duration']) > 1,
          'pbkdf2 with 20000 iterations takes over 1 ms on the pool',
        );
        assert.ok(ms(hash['middleware.occupancy']) < ms(hash['middleware.duration']));
        assert.ok(Number(file['middleware.hops.threadpool']) >= 1);
      });

      test('sync segments split by awaits: occupancy is their sum, blocking.max the longest', async () => {
        await (await fetch(`${url}/segments`)).text();
        await settle();
        const [a] = h.attrs('segments');
        assert.ok(
          ms(a['middleware.occupancy']) >= 44 && ms(a['middleware.occupancy']) < 90,
          `occupancy ${ms(a['middleware.occupancy'])}`,
        );
        assert.ok(ms(a['middleware.blocking.max']) >= 24 && ms(a['middleware.blocking.max']) < 50);
        assert.equal(a['middleware.blocking.count'], 3);
        assert.ok(Number(a['middleware.hops.io']) >= 2);
      });

      test("the request's own body: its handlers' thread time is the waiting middleware's", async () => {
        // Two chunks 40 ms apart; each 'data' handler busy-waits 15 ms. Those callbacks come from
        // the connection, which no middleware created: they go to the middleware waiting on it.
        await new Promise<void>((resolve, reject) => {
          const req = http.request(
            `${url}/upload`,
            { method: 'POST', headers: { 'content-type': 'text/plain' } },
            (res) => {
              res.resume();
              res.on('end', resolve);
            },
          );
          req.on('error', reject);
          req.write('first chunk');
          // The gap starts once the first chunk can have left, not before the connection.
          req.on('socket', (socket) => socket.once('connect', () => setTimeout(() => req.end('second chunk'), 40)));
        });
        await settle();
        const [a] = h.attrs('readBody');
        const occupancy = ms(a['middleware.occupancy']);
        assert.ok(occupancy >= 29 && occupancy < 100, `occupancy ${occupancy} should hold both 15 ms data handlers`);
        assert.ok(
          ms(a['middleware.duration']) >= 38,
          `duration ${ms(a['middleware.duration'])} spans the wait for the second chunk`,
        );
      });

      test('upstream never absorbs downstream time; its code after next() is its own', async () => {
        await (await fetch(`${url}/nested`)).text();
        await settle();
        const [up] = h.attrs('upstream');
        const [down] = h.attrs('downstream');
        assert.ok(ms(down['middleware.occupancy']) >= 29, `downstream ${ms(down['middleware.occupancy'])}`);
        const upOcc = ms(up['middleware.occupancy']);
        assert.ok(
          upOcc >= 16 && upOcc < 28,
          `upstream occupancy ${upOcc} should be ~17 (5 + 12), not include downstream's 30`,
        );
        assert.ok(ms(up['middleware.duration']) < 15, 'duration ends when upstream hands on');
        assert.equal(up['middleware.position'], builtIn.length);
        assert.equal(down['middleware.position'], builtIn.length + 1);
      });

      test('router-mounted middleware, route handlers and names', async () => {
        await (await fetch(`${url}/api/items/7`)).text();
        await settle();
        assert.equal(h.attrs('apiAuth').length, 1);
        const anonymous = h.exporter
          .getFinishedSpans()
          .find(
            (s) =>
              s.attributes['http.route'] === '/api/items/:id' &&
              ![...builtIn, 'apiAuth'].includes(String(s.attributes['middleware.name'])),
          );
        assert.ok(anonymous, 'the anonymous route handler is measured');
        assert.match(
          String(anonymous.attributes['middleware.name']),
          /^<anonymous>@instrumentation\/node\/test\/express-suite\.ts:\d+$/,
        );
      });

      test('next(err) marks error.type; the 4-argument error handler is measured', async () => {
        const res = await fetch(`${url}/fail`);
        assert.equal(res.status, 500);
        assert.equal(await res.text(), 'bad input');
        await settle();
        const [failing] = h.spans('failing');
        assert.equal(failing.attributes['error.type'], 'TypeError');
        assert.equal(failing.status.code, 2);
        assert.equal(h.attrs('errorHandler').length, 1);
        assert.equal(h.attrs('errorHandler')[0]['error.type'], undefined);
      });
    });

    describe(`${label}: stall under concurrent requests`, () => {
      test('a blocking middleware inflicts stall on requests in flight; an awaiting one ~none', async () => {
        h.exporter.reset();
        const requests = [];
        for (let i = 0; i < 6; i++) {
          requests.push(fetch(`${url}/block`).then((r) => r.text()));
          requests.push(fetch(`${url}/timer`).then((r) => r.text()));
        }
        await Promise.all(requests);
        await settle();
        const stall = (name: string) => h.attrs(name).reduce((s, a) => s + ms(a['middleware.stall']), 0);
        assert.ok(stall('block40') > 40, `blocking middleware stall ${stall('block40')} ms`);
        assert.ok(stall('awaitTimer') < stall('block40') / 20, `awaiting middleware stall ${stall('awaitTimer')} ms`);
      });
    });

    describe(`${label}: metrics agree with spans`, () => {
      test('per-middleware histograms count every invocation and sum to the spans', async () => {
        h.exporter.reset();
        await h.collect(); // start a fresh delta interval
        for (let i = 0; i < 5; i++) await (await fetch(`${url}/block`)).text();
        await settle();
        const metrics = (await h.collect()).scopeMetrics.flatMap((s) => s.metrics);
        const point = (metric: string) =>
          metrics
            .find((m) => m.descriptor.name === metric)!
            .dataPoints.find((p) => p.attributes['middleware.name'] === 'block40')!;
        const occupancy = point('middleware.occupancy').value as { count: number; sum: number; scale: number };
        const spanSum = h.attrs('block40').reduce((s, a) => s + Number(a['middleware.occupancy']), 0);
        assert.equal(occupancy.count, 5);
        assert.equal(occupancy.scale, 5);
        assert.ok(Math.abs(occupancy.sum - spanSum) < 1e-9, `metric sum ${occupancy.sum} vs spans ${spanSum}`);
        assert.equal(point('middleware.blocking.count').value, 5);
        assert.equal(point('middleware.duration').attributes['http.route'], '/block');
      });

      test('one middleware over routes, mount paths, methods and outcomes: a data point each, every call counted', async () => {
        const app = express();
        app.use(function gate(req, _res, next) {
          if (req.query.deny) next(new RangeError('denied'));
          else next();
        });
        const items = express.Router();
        items.get('/:id', function item(req, res, next) {
          if (req.query.fail) next(new RangeError('failed'));
          else res.send('item');
        });
        app.use(['/items', '/things'], items); // one route layer, two mount paths
        app.get('/other', (_req, res) => res.send('other'));
        app.post('/other', (_req, res) => res.send('posted'));
        app.use(function denied(err: Error, _req: Request, res: Response, _next: NextFunction) {
          res.status(403).send(err.message);
        });
        const server = await listen(http.createServer(app));
        try {
          await h.collect(); // a fresh delta interval
          const calls = [
            'GET /items/1',
            'GET /things/2',
            'GET /items/3',
            'GET /other',
            'POST /other',
            'GET /other?deny=1',
            'GET /things/4',
            'GET /items/5?deny=1',
            'GET /other',
            'GET /items/6',
            'GET /items/7?fail=1',
          ];
          for (const call of calls) {
            const [method, path] = call.split(' ');
            await (await fetch(server.url + path, { method })).text();
          }
          await settle();
          const duration = (await h.collect()).scopeMetrics
            .flatMap((s) => s.metrics)
            .find((m) => m.descriptor.name === 'middleware.duration')!;
          const counts = (name: string) =>
            Object.fromEntries(
              duration.dataPoints
                .filter((p) => p.attributes['middleware.name'] === name)
                .map((p) => [
                  `${p.attributes['http.request.method']} ${p.attributes['http.route'] ?? ''} ${p.attributes['error.type'] ?? ''}`.trim(),
                  (p.value as { count: number }).count,
                ]),
            );
          assert.deepEqual(counts('gate'), {
            'GET /items/:id': 4,
            'GET /things/:id': 2,
            'GET /other': 2,
            'POST /other': 1,
            'GET  RangeError': 2,
          });
          assert.deepEqual(counts('item'), {
            'GET /items/:id': 3,
            'GET /items/:id RangeError': 1,
            'GET /things/:id': 2,
          });
        } finally {
          await server.close();
        }
      });
    });
  });
}

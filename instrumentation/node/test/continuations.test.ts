// Every way a continuation comes back to a middleware (detail 'full'): a promise reaction,
// process.nextTick, a timer and setImmediate callback, a thread-pool callback, a socket's
// data, a MessagePort message. In each, the middleware busy-waits 20 ms after the hop:
// that time must be its own (not missed, not the neighbour's that runs next), with a hop
// of the right kind, also when two requests interleave. npm test runs this file on every
// Node line (scripts/node-lines.ts): the async machinery these ride on differs by line.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import { MessageChannel } from 'node:worker_threads';
import type { NextFunction, Request, Response } from 'express';
import { AWAITING_MAX_MS, busyWait, listen, ms, settle, setup } from './helpers';

const h = setup();
// eslint-disable-next-line @typescript-eslint/no-require-imports
const express: typeof import('express') = require('express');

const BUSY_MS = 20;
type Next = NextFunction;

/** Each mechanism: how it schedules `then`, and the hop kind it must count. */
const MECHANISMS: {
  name: string;
  kind: 'microtask' | 'io' | 'threadpool' | 'worker';
  schedule: (then: () => void, peer: string) => void;
}[] = [
  { name: 'promise', kind: 'microtask', schedule: (then) => void Promise.resolve().then(then) },
  { name: 'nextTick', kind: 'microtask', schedule: (then) => process.nextTick(then) },
  { name: 'timer', kind: 'io', schedule: (then) => setTimeout(then, 5) },
  { name: 'immediate', kind: 'io', schedule: (then) => setImmediate(then) },
  { name: 'threadpool', kind: 'threadpool', schedule: (then) => fs.stat(__filename, then) },
  {
    name: 'socket',
    kind: 'io',
    schedule: (then, peer) => {
      http.get(peer, (res) => {
        res.resume();
        res.on('end', then);
      });
    },
  },
  {
    name: 'messagePort',
    kind: 'worker',
    schedule: (then) => {
      const { port1, port2 } = new MessageChannel();
      port1.once('message', () => {
        port1.close();
        then();
      });
      port2.postMessage('go');
    },
  },
];

describe(`continuations on Node ${process.versions.node}`, () => {
  let url = '';
  let peer = '';
  const closers: (() => Promise<void>)[] = [];

  before(async () => {
    // The socket mechanism's other end: a plain server, not instrumented by any middleware.
    const other = await listen(http.createServer((_req, res) => res.end('pong')));
    peer = other.url;
    closers.push(other.close);
    const app = express();
    for (const m of MECHANISMS) {
      const comesBack = function (_req: Request, _res: Response, next: Next) {
        m.schedule(() => {
          busyWait(BUSY_MS);
          next();
        }, peer);
      };
      Object.defineProperty(comesBack, 'name', { value: `via_${m.name}` });
      const neighbour = function (_req: Request, _res: Response, next: Next) {
        next();
      };
      Object.defineProperty(neighbour, 'name', { value: `after_${m.name}` });
      app.get(`/${m.name}`, comesBack, neighbour, (_req, res) => res.send('ok'));
    }
    const served = await listen(http.createServer(app));
    url = served.url;
    closers.push(served.close);
  });

  after(async () => {
    for (const close of closers) await close();
  });

  for (const m of MECHANISMS) {
    test(`${m.name}: the ${BUSY_MS} ms after the hop is the middleware's, one ${m.kind} hop at least`, async () => {
      // Twice at once, so the two requests' continuations interleave; then once more alone
      // (the first calls also compile the path).
      await Promise.all([0, 1].map(() => fetch(`${url}/${m.name}`).then((r) => r.text())));
      await (await fetch(`${url}/${m.name}`)).text();
      await settle();
      const own = h.attrs(`via_${m.name}`);
      const next = h.attrs(`after_${m.name}`);
      assert.equal(own.length, 3);
      for (const a of own) {
        const occupancy = ms(a['middleware.occupancy']);
        assert.ok(
          occupancy >= BUSY_MS - 1 && occupancy < 3 * BUSY_MS,
          `via_${m.name} occupancy ${occupancy} ms, not ~${BUSY_MS}`,
        );
        assert.ok(
          Number(a[`middleware.hops.${m.kind}`]) >= 1,
          `via_${m.name}: ${a[`middleware.hops.${m.kind}`]} ${m.kind} hops`,
        );
      }
      for (const a of next) {
        const occupancy = ms(a['middleware.occupancy']);
        assert.ok(
          occupancy < AWAITING_MAX_MS,
          `after_${m.name} was charged ${occupancy} ms of its neighbour's continuation`,
        );
      }
    });
  }
});

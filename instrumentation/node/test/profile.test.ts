// Why it blocks (profiler.ts): the stacks sampled while each middleware held the thread.
// Ground truth the test controls: three middleware that each call one named function of
// known cost (verifyPassword → crypto.pbkdf2Sync for 20 ms, parseSessionBlob → JSON.parse of a 2 MB
// text, spinHot → a busy loop), one that only awaits a timer, in Express, Koa and Fastify.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import type { ResourceMetrics } from '@opentelemetry/sdk-metrics';
import { busyWait, listen, setup } from './helpers';
import type { Served } from './listen';

const h = setup({ profile: { intervalMs: 1 }, spanSampleRatio: 0 });
/* eslint-disable @typescript-eslint/no-require-imports */
const express: typeof import('express') = require('express');
const Koa: typeof import('koa') = require('koa');
const fastify: typeof import('fastify').default = require('fastify');
/* eslint-enable @typescript-eslint/no-require-imports */

const SESSION = JSON.stringify({
  items: Array.from({ length: 40_000 }, (_, i) => ({ id: i, name: `item ${i}`, tags: ['a', 'b'] })),
});

// Hashes until 20 ms have passed: a blocking segment on any CPU (one hash of 50,000
// rounds took 20 ms on one machine and under 10, the threshold, on another).
function verifyPassword(): void {
  const end = performance.now() + 20;
  do crypto.pbkdf2Sync('password', 'salt', 5_000, 32, 'sha256');
  while (performance.now() < end);
}
function parseSessionBlob(): number {
  return (JSON.parse(SESSION) as { items: unknown[] }).items.length;
}
function spinHot(): void {
  busyWait(15);
}

type Stacks = Map<string, Map<string, number>>;

/** Samples by middleware and folded stack, from the collected metrics. */
function stacksOf(metrics: ResourceMetrics): Stacks {
  const out: Stacks = new Map();
  for (const m of metrics.scopeMetrics.flatMap((s) => s.metrics)) {
    if (m.descriptor.name !== 'hopscope.middleware.profile.samples') continue;
    for (const p of m.dataPoints) {
      const name = String(p.attributes['middleware.name']);
      const stack = String(p.attributes['hopscope.profile.stack']);
      const mine = out.get(name) ?? new Map<string, number>();
      mine.set(stack, (mine.get(stack) ?? 0) + (p.value as number));
      out.set(name, mine);
    }
  }
  return out;
}

/** Occupancy summed over the interval, by middleware (ms). */
function occupancyOf(metrics: ResourceMetrics): Map<string, number> {
  const out = new Map<string, number>();
  for (const m of metrics.scopeMetrics.flatMap((s) => s.metrics)) {
    if (m.descriptor.name !== 'middleware.occupancy') continue;
    for (const p of m.dataPoints) {
      const name = String(p.attributes['middleware.name']);
      out.set(name, (out.get(name) ?? 0) + (p.value as { sum: number }).sum * 1000);
    }
  }
  return out;
}

const total = (s: Map<string, number> | undefined) =>
  [...(s ?? new Map<string, number>()).values()].reduce((a, b) => a + b, 0);
/** The share of samples whose stack satisfies `pick`. */
function share(s: Map<string, number> | undefined, pick: (frames: string[]) => boolean): number {
  let n = 0;
  for (const [stack, count] of s ?? []) if (pick(stack.split(';'))) n += count;
  return n / Math.max(1, total(s));
}
/** The top frame: the leaf-most with a source location (a native callee such as pbkdf2's `run` has none). */
const leafIs = (fn: string) => (frames: string[]) =>
  frames.findLast((f) => f.endsWith(')'))?.startsWith(`${fn} (`) ?? false;
const has = (fn: string) => (frames: string[]) => frames.some((f) => f.startsWith(`${fn} (`));

type App = { name: string; serve: () => Promise<Served> };

const apps: App[] = [
  {
    name: 'express',
    serve: async () => {
      const app = express();
      app.use(function authenticate(_req, _res, next) {
        verifyPassword();
        next();
      });
      app.use(function loadSession(_req, _res, next) {
        parseSessionBlob();
        next();
      });
      app.use(function rateCheck(_req, _res, next) {
        spinHot();
        next();
      });
      app.use(async function awaitTimer(_req, _res, next) {
        await sleep(15);
        next();
      });
      app.get('/', (_req, res) => res.send('ok'));
      return listen(http.createServer(app));
    },
  },
  {
    name: 'koa',
    serve: async () => {
      const app = new Koa();
      app.use(async function authenticate(_ctx, next) {
        verifyPassword();
        await next();
      });
      app.use(async function loadSession(_ctx, next) {
        parseSessionBlob();
        await next();
      });
      app.use(async function rateCheck(_ctx, next) {
        spinHot();
        await next();
      });
      app.use(async function awaitTimer(ctx, next) {
        await sleep(15);
        await next();
        ctx.body = 'ok';
      });
      return listen(http.createServer(app.callback()));
    },
  },
  {
    name: 'fastify',
    serve: async () => {
      const app = fastify();
      app.addHook('onRequest', function authenticate(_req, _reply, done) {
        verifyPassword();
        done();
      });
      app.addHook('preHandler', async function loadSession() {
        parseSessionBlob();
      });
      app.addHook('preHandler', function rateCheck(_req, _reply, done) {
        spinHot();
        done();
      });
      app.addHook('preHandler', async function awaitTimer() {
        await sleep(15);
      });
      app.get('/', async () => 'ok');
      await app.ready();
      return listen(app.server);
    },
  },
];

for (const { name, serve } of apps) {
  describe(`stacks while holding the thread: ${name}`, () => {
    let served: Served;
    let stacks: Stacks;
    let occupancyMs: Map<string, number>;
    before(async () => {
      served = await serve();
      await h.collect(); // a fresh interval
      h.exporter.reset();
      for (let i = 0; i < 25; i++) assert.equal((await fetch(served.url)).status, 200);
      const metrics = await h.collect();
      stacks = stacksOf(metrics);
      occupancyMs = occupancyOf(metrics);
    });
    after(() => served.close());

    test("each middleware's samples are of the function it calls: pbkdf2Sync, JSON.parse, the busy loop", () => {
      const report = [...stacks].map(([mw, s]) => `${mw}: ${total(s)}`).join(', ');
      const auth = stacks.get('authenticate');
      assert.ok(total(auth) >= 50, `authenticate's samples: ${report}`);
      assert.ok(
        share(auth, has('verifyPassword')) >= 0.8,
        `verifyPassword on ${share(auth, has('verifyPassword'))} of authenticate's stacks`,
      );
      assert.ok(
        share(auth, leafIs('pbkdf2Sync')) >= 0.8,
        `pbkdf2Sync the top frame of ${share(auth, leafIs('pbkdf2Sync'))}: ${[...auth!.keys()].slice(0, 3).join(' | ')}`,
      );
      // The parse is most of loadSession, not all: its segment starts in the framework's
      // dispatch (Fastify's routing on the same stack), so 0.79 was seen on Node 22 in CI.
      const session = stacks.get('loadSession');
      assert.ok(
        share(session, has('parseSessionBlob')) >= 0.7,
        `parseSessionBlob on ${share(session, has('parseSessionBlob'))} of loadSession's stacks: ${[...(session ?? new Map()).keys()].slice(0, 3).join(' | ')}`,
      );
      const rate = stacks.get('rateCheck');
      assert.ok(share(rate, has('spinHot')) >= 0.8, `spinHot on ${share(rate, has('spinHot'))} of rateCheck's stacks`);
    });

    test('none lands on a middleware that was not on the thread; one that only awaits has (almost) none', () => {
      // A sample's time is read after its stack is walked, in the signal handler: when the
      // scheduler takes the core from the thread mid-walk (a loaded machine), the time comes
      // late and a sample at a boundary can land in the next segment. A few in a thousand.
      const mine: Record<string, string> = {
        authenticate: 'verifyPassword',
        loadSession: 'parseSessionBlob',
        rateCheck: 'spinHot',
      };
      for (const [mw, fn] of Object.entries(mine)) {
        for (const other of Object.keys(mine)) {
          if (other !== mw)
            assert.ok(
              share(stacks.get(other), has(fn)) <= 0.02,
              `${fn} (${mw}'s) on ${share(stacks.get(other), has(fn))} of ${other}'s stacks`,
            );
        }
      }
      // It holds the thread for its own code only (a fraction of a millisecond a call, Node's
      // timers and async hooks included): at 1 ms a sample, about that many samples.
      const awaiting = stacks.get('awaitTimer');
      const heldMs = occupancyMs.get('awaitTimer') ?? 0;
      const hot = total(stacks.get('rateCheck'));
      assert.ok(
        total(awaiting) <= 2 * heldMs + 3 && total(awaiting) <= 0.1 * hot,
        `awaitTimer: ${total(awaiting)} samples for ${heldMs.toFixed(1)} ms held (rateCheck: ${hot}): ${[...(awaiting ?? new Map())].map(([k, n]) => `${n}× ${k.split(';').slice(-3).join(';')}`).join(' | ')}`,
      );
    });

    test('an exemplar span carries the stack of its longest blocking segment', () => {
      const spans = h.spans('authenticate');
      assert.ok(spans.length > 0, 'no exemplar span for authenticate');
      const stack = spans.map((s) => s.attributes['middleware.blocking.stack']).find((v) => v !== undefined);
      assert.ok(
        typeof stack === 'string' && stack.includes('verifyPassword (') && leafIs('pbkdf2Sync')(stack.split(';')),
        `blocking stack ${String(stack)}`,
      );
    });
  });
}

// Beside OpenTelemetry's HTTP instrumentation, as most services run it: the same ground
// truth with it and without it, for Express 4 and 5, Koa and Fastify; with it, middleware
// spans are children of its server span and follow that span's sampling decision.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import http from 'node:http';
import { promisify } from 'node:util';
import { setTimeout as sleep } from 'node:timers/promises';
import { SpanKind, type Attributes } from '@opentelemetry/api';
import type { ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { loadExpress } from './express-versions';
import { AWAITING_MAX_MS, busyWait, listen, ms, settle, setup } from './helpers';

const h = setup({}, true);
const httpInstrumentation = h.http!;
/* eslint-disable @typescript-eslint/no-require-imports */
const express4 = loadExpress(4);
const express5 = loadExpress(5);
const Koa: typeof import('koa') = require('koa');
const fastify: typeof import('fastify').default = require('fastify');
/* eslint-enable @typescript-eslint/no-require-imports */
const pbkdf2 = promisify(crypto.pbkdf2);

// The workload, the same in every framework: known busy-waits, a timer, the thread pool.
const work = {
  async busy() {
    busyWait(20);
  },
  async timer() {
    await sleep(15);
  },
  async pool() {
    await pbkdf2('secret', 'salt', 20_000, 32, 'sha256');
  },
  async split() {
    busyWait(10);
    await sleep(5);
    busyWait(25);
    await sleep(5);
    busyWait(10);
  },
};
type Step = keyof typeof work;
const STEPS = Object.keys(work) as Step[];

type Served = { url: string; close: () => Promise<void> };

function expressApp(express: typeof express5): http.RequestListener {
  const app = express();
  for (const step of STEPS) {
    app.use({ [step]: (_q: unknown, _s: unknown, next: () => void) => void work[step]().then(() => next()) }[step]);
  }
  app.get('/work', function handler(_q, res) {
    res.send('ok');
  });
  return app;
}

const frameworks: Record<string, () => Promise<Served>> = {
  'express 4': () => listen(http.createServer(expressApp(express4))),
  'express 5': () => listen(http.createServer(expressApp(express5))),
  koa: () => {
    const app = new Koa();
    for (const step of STEPS) {
      app.use(
        {
          [step]: async (_ctx: unknown, next: () => Promise<void>) => {
            await work[step]();
            await next();
          },
        }[step],
      );
    }
    app.use(async function handler(ctx) {
      ctx.body = 'ok';
    });
    return listen(http.createServer(app.callback()));
  },
  fastify: async () => {
    const app = fastify();
    for (const step of STEPS) app.addHook('onRequest', { [step]: async () => work[step]() }[step]);
    app.get('/work', async function handler() {
      return 'ok';
    });
    const url = await app.listen({ port: 0, host: '127.0.0.1' });
    return { url, close: () => app.close() };
  },
};

const byName = (spans: ReadableSpan[]) =>
  new Map(
    spans.filter((s) => s.attributes['middleware.name']).map((s) => [String(s.attributes['middleware.name']), s]),
  );

/** One request; its middleware spans by name, and every span of its trace. */
async function once(
  url: string,
  traceparent?: string,
): Promise<{ middleware: Map<string, ReadableSpan>; trace: ReadableSpan[] }> {
  h.exporter.reset();
  const res = await fetch(`${url}/work`, { headers: traceparent ? { traceparent } : {} });
  assert.equal(await res.text(), 'ok');
  await settle(50);
  const spans = h.exporter.getFinishedSpans();
  return { middleware: byName(spans), trace: spans };
}

function assertGroundTruth(m: Map<string, ReadableSpan>, setting: string): void {
  const a = (name: Step): Attributes => {
    const span = m.get(name);
    assert.ok(span, `${setting}: no span for ${name} (have ${[...m.keys()].join(', ')})`);
    return span.attributes;
  };
  const occ = (name: Step) => ms(a(name)['middleware.occupancy']);
  assert.ok(occ('busy') >= 19 && occ('busy') < 40, `${setting}: busy occupancy ${occ('busy')}`);
  assert.ok(
    occ('timer') < AWAITING_MAX_MS && ms(a('timer')['middleware.duration']) >= 14,
    `${setting}: timer ${occ('timer')} / ${ms(a('timer')['middleware.duration'])}`,
  );
  assert.ok(Number(a('timer')['middleware.hops.io']) >= 1, `${setting}: the timer is an io hop`);
  assert.ok(Number(a('pool')['middleware.hops.threadpool']) >= 1, `${setting}: pbkdf2 is a thread-pool hop`);
  assert.ok(occ('pool') < AWAITING_MAX_MS, `${setting}: pool occupancy ${occ('pool')}`);
  assert.ok(occ('split') >= 44 && occ('split') < 80, `${setting}: split occupancy ${occ('split')}`);
  assert.ok(
    ms(a('split')['middleware.blocking.max']) >= 24 && ms(a('split')['middleware.blocking.max']) < 45,
    `${setting}: split max segment`,
  );
  assert.equal(a('split')['middleware.blocking.count'], 3, `${setting}: three blocking segments`);
}

for (const [framework, start] of Object.entries(frameworks)) {
  describe(`${framework} beside OpenTelemetry's HTTP instrumentation`, () => {
    let served: Served;
    before(async () => {
      served = await start();
      // One request each way first: the first call of a path also pays for loading and
      // compiling it (real thread time, over 5 ms on a slow machine, charged to whichever
      // middleware ran it); the tests measure what each step itself costs.
      for (const on of [true, false]) {
        if (on) httpInstrumentation.enable();
        else httpInstrumentation.disable();
        assert.equal(await (await fetch(`${served.url}/work`)).text(), 'ok');
      }
      await settle(50);
    });
    after(async () => {
      httpInstrumentation.enable();
      await served.close();
    });

    test('with it: the same figures, middleware spans under its server span', async () => {
      httpInstrumentation.enable();
      const { middleware, trace } = await once(served.url);
      assertGroundTruth(middleware, `${framework} with the HTTP instrumentation`);
      const server = trace.filter((s) => s.kind === SpanKind.SERVER);
      assert.equal(server.length, 1, "one server span: the HTTP instrumentation's, none of Hopscope's own");
      assert.equal(server[0].instrumentationScope.name, '@opentelemetry/instrumentation-http');
      for (const [name, span] of middleware) {
        assert.equal(
          span.parentSpanContext?.spanId,
          server[0].spanContext().spanId,
          `${name} is a child of the server span`,
        );
        assert.equal(span.spanContext().traceId, server[0].spanContext().traceId);
      }
    });

    test('with it: sampled exactly as its server span is', async () => {
      httpInstrumentation.enable();
      const traceId = crypto.randomBytes(16).toString('hex');
      const sampled = await once(served.url, `00-${traceId}-00f067aa0ba902b7-01`);
      assert.ok(
        sampled.middleware.size >= STEPS.length,
        `a sampled parent: ${sampled.middleware.size} middleware spans`,
      );
      for (const span of sampled.middleware.values()) assert.equal(span.spanContext().traceId, traceId);
      const unsampled = await once(served.url, `00-${traceId}-00f067aa0ba902b7-00`);
      assert.equal(unsampled.trace.length, 0, 'an unsampled parent: no server span, no middleware span');
    });

    test("without it: the same figures, under Hopscope's own request span", async () => {
      httpInstrumentation.disable();
      const { middleware, trace } = await once(served.url);
      assertGroundTruth(middleware, `${framework} without the HTTP instrumentation`);
      const server = trace.filter((s) => s.kind === SpanKind.SERVER);
      assert.equal(server.length, 1);
      assert.equal(server[0].instrumentationScope.name, '@hopscope/instrumentation');
    });
  });
}

// Fastify's own steps and its plugins' hooks: the JSON body parser is a row of its own with
// what parsing costs (ground truth: Fastify's parse of the same body, timed after each
// request), and
// hooks a plugin adds from an onRoute hook registered after Hopscope's (@fastify/compress
// adds onRequest and onSend there) are measured, with the thread-pool hops of the zlib
// stream its onSend starts, while the app's own trivial onSend is charged none of it.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';
import { AWAITING_MAX_MS, ms, settle, setup } from './helpers';

const h = setup();
// eslint-disable-next-line @typescript-eslint/no-require-imports
const fastify: typeof import('fastify').default = require('fastify');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const compress: typeof import('@fastify/compress').default = require('@fastify/compress');
// Fastify's JSON parser is secure-json-parse with these options (its defaults).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const sjson: { parse: (text: string, reviver: null, options: object) => unknown } = require('secure-json-parse');

// About 2 MB of JSON: its parse takes milliseconds, well above the clock's grain.
const BODY = JSON.stringify({
  items: Array.from({ length: 20_000 }, (_, i) => ({ id: i, name: `item ${i}`, tags: ['a', 'b', 'c'], price: i / 7 })),
});
const PAGE = 'x'.repeat(50_000) + Array.from({ length: 2_000 }, (_, i) => `line ${i}\n`).join('');

/** What Fastify does with the body once read: one string from the chunks, then its parse (ms). */
function parseCostMs(): number {
  const chunks = [Buffer.from(BODY.slice(0, BODY.length >> 1)), Buffer.from(BODY.slice(BODY.length >> 1))];
  const t = performance.now();
  sjson.parse(Buffer.concat(chunks).toString('utf8'), null, { protoAction: 'error', constructorAction: 'error' });
  return performance.now() - t;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

describe('fastify: the body parser and plugin hooks', () => {
  const app = fastify({ bodyLimit: 10 * 1024 * 1024 });
  let url = '';
  before(async () => {
    await app.register(compress, { threshold: 1024 });
    app.addHook('onSend', function stampSent(_request, reply, payload, done) {
      reply.header('x-stamp', '1');
      done(null, payload);
    });
    app.post('/items', async function saveItems(request) {
      return { count: (request.body as { items: unknown[] }).items.length };
    });
    app.get('/page', async function page(_request, reply) {
      reply.type('text/plain');
      return PAGE;
    });
    url = await app.listen({ port: 0, host: '127.0.0.1' });
  });
  after(() => app.close());

  test("the JSON body's parse is the parser's row, near its cost, not the handler's", async () => {
    // Each request's parse timed right after it, so that both see the machine alike.
    const truths: number[] = [];
    for (let i = 0; i < 9; i++) {
      const res = await fetch(`${url}/items`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: BODY,
      });
      assert.deepEqual(await res.json(), { count: 20_000 });
      truths.push(parseCostMs());
    }
    const truth = median(truths.slice(2));
    await settle();
    const parser = h.attrs('defaultJsonParser');
    assert.equal(parser.length, 9, 'one parser row a request');
    assert.equal(parser[0]['http.route'], '/items');
    assert.ok(
      parser.every((a) => a['error.type'] === undefined),
      'a parsed body is no error',
    );
    // The first requests compile the path: the median of the rest.
    const occupancy = median(parser.slice(2).map((a) => ms(a['middleware.occupancy'])));
    // Its row also holds reading the 2 MB from the socket (the request's own I/O, 32 chunks).
    assert.ok(
      occupancy >= 0.75 * truth && occupancy <= 1.5 * truth,
      `parser occupancy ${occupancy.toFixed(2)} ms, its parse ${truth.toFixed(2)} ms`,
    );
    const handler = median(
      h
        .attrs('saveItems')
        .slice(2)
        .map((a) => ms(a['middleware.occupancy'])),
    );
    assert.ok(
      handler < truth / 4,
      `the handler was charged ${handler.toFixed(2)} ms of the ${truth.toFixed(2)} ms parse`,
    );
    // The parser comes first in the chain, the handler after it.
    const positions = (name: string) => h.attrs(name).map((a) => Number(a['middleware.position']));
    assert.ok(positions('defaultJsonParser')[0] < positions('saveItems')[0]);
  });

  test("@fastify/compress's hooks, added from its onRoute hook, are measured with their thread-pool hops", async () => {
    for (let i = 0; i < 3; i++) {
      const res = await fetch(`${url}/page`, { headers: { 'accept-encoding': 'gzip' } });
      assert.equal(res.headers.get('content-encoding'), 'gzip', 'still compressed, as without the instrumentation');
      assert.equal(res.headers.get('x-stamp'), '1');
      // fetch decodes gzip itself; the body must be the page, whole.
      assert.equal(await res.text(), PAGE);
    }
    await settle();
    const onRequest = h.attrs('onRequest (@fastify/compress)').filter((a) => a['http.route'] === '/page');
    const onSend = h.attrs('onSend (@fastify/compress)').filter((a) => a['http.route'] === '/page');
    assert.equal(onRequest.length, 3, "compress's onRequest hook, one row a request");
    assert.equal(onSend.length, 3, "compress's onSend hook, one row a request");
    assert.ok(
      onSend.every((a) => Number(a['middleware.hops.threadpool']) >= 1),
      `zlib on the pool: ${onSend.map((a) => a['middleware.hops.threadpool']).join(', ')} thread-pool hops`,
    );
    for (const a of h.attrs('stampSent')) {
      assert.ok(
        ms(a['middleware.occupancy']) < AWAITING_MAX_MS,
        `stampSent charged ${ms(a['middleware.occupancy'])} ms`,
      );
    }
  });
});

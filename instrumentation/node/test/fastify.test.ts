// Ground truth for Fastify 5: hooks (callback and async) and route handlers.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { AWAITING_MAX_MS, busyWait, ms, settle, setup } from './helpers';

const h = setup();
// eslint-disable-next-line @typescript-eslint/no-require-imports
const fastify: typeof import('fastify').default = require('fastify');

describe('fastify', () => {
  const app = fastify();
  let url = '';
  before(async () => {
    app.addHook('onRequest', function authHook(_request, _reply, done) {
      busyWait(25);
      done();
    });
    app.addHook('preHandler', async function loadUser() {
      await sleep(15);
    });
    app.addHook('onSend', async function stamp(_request, reply, payload) {
      reply.header('x-stamp', '1');
      return payload;
    });
    app.get('/users/:id', async function getUser(request) {
      busyWait(10);
      return { id: (request.params as { id: string }).id };
    });
    app.get('/fail', async function failing() {
      throw new TypeError('nope');
    });
    url = await app.listen({ port: 0, host: '127.0.0.1' });
  });
  after(() => app.close());

  test('hooks and the handler against ground truth', async () => {
    const res = await fetch(`${url}/users/3`);
    assert.deepEqual(await res.json(), { id: '3' });
    assert.equal(res.headers.get('x-stamp'), '1');
    await settle();
    const [auth] = h.attrs('authHook');
    const [load] = h.attrs('loadUser');
    const [handler] = h.attrs('getUser');
    assert.ok(ms(auth['middleware.occupancy']) >= 24 && ms(auth['middleware.occupancy']) < 50);
    assert.equal(auth['middleware.framework'], 'fastify');
    assert.equal(auth['http.route'], '/users/:id');
    assert.ok(ms(load['middleware.occupancy']) < AWAITING_MAX_MS);
    assert.ok(ms(load['middleware.duration']) >= 14, `loadUser duration ${ms(load['middleware.duration'])}`);
    assert.ok(Number(load['middleware.hops.io']) >= 1);
    assert.ok(ms(handler['middleware.occupancy']) >= 9);
    assert.equal(h.attrs('stamp').length, 1);
    assert.deepEqual(
      h.exporter
        .getFinishedSpans()
        .filter((s) => s.attributes['http.route'] === '/users/:id' && s.attributes['middleware.name'])
        .map((s) => s.attributes['middleware.position']),
      [0, 1, 2, 3],
    );
  });

  test('a handler that throws is marked with its error type', async () => {
    const res = await fetch(`${url}/fail`);
    assert.equal(res.status, 500);
    await settle();
    assert.equal(h.attrs('failing')[0]['error.type'], 'TypeError');
  });
});

// One naming rule in every framework: the name a middleware's package gave it (`_name`,
// `displayName`), else its own function name ('bound ' dropped), or for an anonymous one
// ('' or `new Function`'s 'anonymous') where it was registered. A name is an identity: a
// second function under a name another one has gets where it was registered too.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import { listen, settle, setup } from './helpers';
import { wrapMiddleware } from '../src';

const h = setup();
/* eslint-disable @typescript-eslint/no-require-imports */
const express: typeof import('express') = require('express');
const connect: typeof import('connect') = require('connect');
const Koa: typeof import('koa') = require('koa');
const fastify: typeof import('fastify').default = require('fastify');
/* eslint-enable @typescript-eslint/no-require-imports */

type Next = () => void;
/** A function whose name is 'anonymous', as `new Function()` makes them. */
function namedAnonymous<F extends (...args: never[]) => unknown>(fn: F): F {
  Object.defineProperty(fn, 'name', { value: 'anonymous' });
  return fn;
}
const line = (marker: string) => {
  // The line of this file that holds `marker`: where the middleware below are registered.
  const src = fs.readFileSync(__filename, 'utf8').split('\n');
  return src.findIndex((l) => l.includes(marker)) + 1;
};
const SITE = 'instrumentation/node/test/naming.test.ts';
const names = () => new Set(h.exporter.getFinishedSpans().map((s) => String(s.attributes['middleware.name'])));

describe('naming', () => {
  const servers: (() => Promise<void>)[] = [];
  after(() => Promise.all(servers.map((c) => c())));

  async function serve(handler: http.RequestListener, path = '/'): Promise<void> {
    const { url, close } = await listen(http.createServer(handler));
    servers.push(close);
    assert.equal((await fetch(url + path)).status, 200);
  }

  before(() => h.exporter.reset());

  test('express: named, bound, anonymous and "anonymous"', async () => {
    const app = express();
    function named(_q: unknown, _s: unknown, next: Next) {
      next();
    }
    app.use(named.bind(null));
    app.use((_q, _s, next) => next()); // express-arrow
    app.use(namedAnonymous((_q: unknown, _s: unknown, next: Next) => next())); // express-anon
    app.get('/', (_q, res) => res.send('ok'));
    await serve(app);
    await settle();
    const seen = names();
    assert.ok(seen.has('named'), [...seen].join(', '));
    assert.ok(seen.has(`<anonymous>@${SITE}:${line('// express-arrow')}`), [...seen].join(', '));
    assert.ok(seen.has(`<anonymous>@${SITE}:${line('// express-anon')}`), [...seen].join(', '));
  });

  test('express: two functions under one name are two rows, told apart by where they were registered', async () => {
    h.exporter.reset();
    const app = express();
    // As passport's session() and authenticate('local'): each returns a closure called authenticate.
    const passportLike = (busyMs: number) =>
      function authenticate(_q: unknown, _s: unknown, next: Next) {
        const end = Date.now() + busyMs;
        while (Date.now() < end);
        next();
      };
    const session = passportLike(0);
    app.use(session); // passport-session
    app.post('/login', passportLike(5), (_q, res) => res.send('ok')); // passport-local
    app.get('/', (_q, res) => res.send('ok'));
    const { url, close } = await listen(http.createServer(app));
    servers.push(close);
    for (const [path, method] of [
      ['/', 'GET'],
      ['/login', 'POST'],
      ['/', 'GET'],
    ])
      assert.equal((await fetch(url + path, { method })).status, 200);
    await settle();
    const calls = (name: string) =>
      h.exporter.getFinishedSpans().filter((s) => s.attributes['middleware.name'] === name).length;
    // The first keeps the plain name (its rows so far stay its own); the other gets its site.
    assert.equal(calls('authenticate'), 3, 'session() on every request');
    assert.equal(calls(`authenticate@${SITE}:${line('// passport-local')}`), 1, [...names()].join(', '));
  });

  test("names their packages give: koa-helmet's _name, a displayName", async () => {
    h.exporter.reset();
    const app = new Koa();
    // koa-helmet's shape: a function called `middleware` with _name = 'helmet'.
    const helmet = Object.assign(
      async function middleware(_ctx: unknown, next: () => Promise<void>) {
        await next();
      },
      { _name: 'helmet' },
    );
    const shown = Object.assign(async (_ctx: unknown, next: () => Promise<void>) => next(), {
      displayName: 'rateLimit',
    });
    app.use(helmet);
    app.use(shown);
    app.use(async function respond(ctx) {
      ctx.body = 'ok';
    });
    await serve(app.callback());
    await settle();
    const seen = names();
    assert.ok(seen.has('helmet') && seen.has('rateLimit') && !seen.has('middleware'), [...seen].join(', '));
  });

  test('connect: the same rule', async () => {
    h.exporter.reset();
    const app = connect();
    app.use(namedAnonymous((_q: unknown, _s: unknown, next: Next) => next())); // connect-anon
    app.use(function finish(_q: http.IncomingMessage, res: http.ServerResponse) {
      res.end('ok');
    });
    await serve(app);
    await settle();
    const seen = names();
    assert.ok(seen.has('finish'));
    assert.ok(seen.has(`<anonymous>@${SITE}:${line('// connect-anon')}`), [...seen].join(', '));
  });

  test('koa: the same rule', async () => {
    h.exporter.reset();
    const app = new Koa();
    app.use(namedAnonymous(async (_ctx: unknown, next: () => Promise<void>) => next())); // koa-anon
    app.use(async function body(ctx) {
      ctx.body = 'ok';
    });
    await serve(app.callback());
    await settle();
    const seen = names();
    assert.ok(seen.has('body'));
    assert.ok(seen.has(`<anonymous>@${SITE}:${line('// koa-anon')}`), [...seen].join(', '));
  });

  test('fastify: anonymous hooks and handlers by kind and site', async () => {
    h.exporter.reset();
    const app = fastify();
    // fastify-anon: registered on the next line
    app.addHook(
      'onRequest',
      namedAnonymous((_q: unknown, _r: unknown, done: Next) => done()),
    );
    // fastify-handler: registered on the next line
    app.get(
      '/',
      namedAnonymous(async () => 'ok'),
    );
    const url = await app.listen({ port: 0, host: '127.0.0.1' });
    servers.push(() => app.close());
    assert.equal((await fetch(url)).status, 200);
    await settle();
    const seen = names();
    assert.ok(seen.has(`<onRequest>@${SITE}:${line('// fastify-anon') + 1}`), [...seen].join(', '));
    assert.ok(seen.has(`<handler>@${SITE}:${line('// fastify-handler') + 1}`), [...seen].join(', '));
  });

  test('wrapMiddleware: the same rule, or the name it is given', async () => {
    h.exporter.reset();
    const chain = [
      wrapMiddleware(namedAnonymous((_q: unknown, _s: unknown, next: Next) => next())), // wrap-anon
      wrapMiddleware((_q: unknown, res: http.ServerResponse) => res.end('ok'), { name: 'final' }),
    ];
    await serve((req, res) =>
      (chain[0] as (q: unknown, s: unknown, n: Next) => void)(req, res, () =>
        (chain[1] as (q: unknown, s: unknown) => void)(req, res),
      ),
    );
    await settle();
    const seen = names();
    assert.ok(seen.has('final'));
    assert.ok(seen.has(`<anonymous>@${SITE}:${line('// wrap-anon')}`), [...seen].join(', '));
  });
});

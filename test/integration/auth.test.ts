// Sign-in and tokens over real HTTP against the production build: everything refused when
// signed out, forged and expired sessions, the sign-in rate limit, API and ingest tokens,
// roles, and bad input. The same flow runs on SQLite and on PostgreSQL.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import fs from 'node:fs';
import path from 'node:path';
import { createDb, tablesOf, transactionsOf } from '../../lib/db/client';
import { storeFromUrl } from '../../lib/db/url';
import { ADMIN, LOCAL_AUTH_ENV } from '../helpers/auth';
import { startDashboard, type Dashboard } from '../helpers/dashboard';
import { plainExpressBody } from '../helpers/otlp-bodies';
import { postgresStore, sqliteStore, type TestStore } from '../helpers/stores';

const ROOT = path.resolve(__dirname, '..', '..');

/** Every route file under app/, as a URL with each [param] filled in, and the methods it exports. */
function routes(kind: 'route.ts' | 'page.tsx'): { url: string; methods: string[] }[] {
  const found: { url: string; methods: string[] }[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name === kind) {
        const url = `/${path.relative(path.join(ROOT, 'app'), dir)}`
          .replace(/\[\.\.\.[^\]]+\]/g, 'x/y')
          .replace(/\[[^\]]+\]/g, 'x')
          .replace(/\/$/, '');
        const src = fs.readFileSync(p, 'utf8');
        const methods = ['GET', 'POST', 'DELETE', 'PUT', 'PATCH'].filter((m) =>
          new RegExp(`export (async )?function ${m}\\b|export const \\{[^}]*\\b${m}\\b`).test(src),
        );
        found.push({ url: url === '' ? '/' : url, methods });
      }
    }
  };
  walk(path.join(ROOT, 'app'));
  return found;
}

async function signIn(url: string, email: string, password: string): Promise<Response> {
  return fetch(`${url}/api/auth/sign-in/email`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: url },
    body: JSON.stringify({ email, password }),
  });
}

function cookieOf(res: Response): string {
  const set = res.headers.getSetCookie().find((c) => c.startsWith('better-auth.session_token='));
  assert.ok(set, `no session cookie (${res.status})`);
  return set.split(';')[0];
}

function authFlow(name: string, makeStore: () => Promise<TestStore> | TestStore) {
  describe(`sign-in and tokens (${name})`, () => {
    let store: TestStore;
    let dashboard: Dashboard;
    let adminCookie: string;
    const api = (p: string, init: RequestInit & { cookie?: string; token?: string } = {}) =>
      fetch(`${dashboard.url}${p}`, {
        ...init,
        redirect: 'manual',
        headers: {
          ...(init.body ? { 'content-type': 'application/json' } : {}),
          ...(init.cookie ? { cookie: init.cookie, origin: dashboard.url } : {}),
          ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
          ...(init.headers as Record<string, string>),
        },
      });

    before(async () => {
      store = await makeStore();
      dashboard = await startDashboard(store.url, LOCAL_AUTH_ENV);
      adminCookie = cookieOf(await signIn(dashboard.url, ADMIN.email, ADMIN.password));
    });
    after(async () => {
      await dashboard?.stop();
      await store?.cleanup();
    });

    test('signed out, every API route answers 401 JSON and every page redirects to sign-in', async () => {
      const apiRoutes = routes('route.ts').filter(
        (r) => r.url.startsWith('/api/') && !r.url.startsWith('/api/auth') && r.url !== '/api/health',
      );
      assert.ok(apiRoutes.length >= 10, `found ${apiRoutes.length} API routes`);
      for (const r of apiRoutes) {
        for (const method of r.methods) {
          const res = await api(r.url, { method, ...(method === 'POST' ? { body: '{}' } : {}) });
          assert.equal(res.status, 401, `${method} ${r.url}`);
          assert.deepEqual(await res.json(), { error: 'sign-in required' }, `${method} ${r.url}`);
        }
      }
      const pages = routes('page.tsx').filter((r) => r.url !== '/sign-in');
      assert.ok(pages.length >= 5);
      for (const r of pages) {
        const res = await api(r.url);
        assert.equal(res.status, 307, r.url);
        assert.equal(res.headers.get('location'), `/sign-in?next=${encodeURIComponent(r.url)}`, r.url);
      }
      // Open by design: the health check (load balancers) and the sign-in itself.
      assert.deepEqual(await (await api('/api/health')).json(), { ok: true });
      assert.equal((await api('/sign-in')).status, 200);
    });

    test('a forged or expired session cookie is refused', async () => {
      assert.equal((await api('/api/services', { cookie: adminCookie })).status, 200);
      const [nameValue] = adminCookie.split(';');
      const [cookieName, value] = nameValue.split('=');
      const [token, signature] = decodeURIComponent(value).split('.');
      // The right token with a made-up signature, and a made-up token with a well-formed signature.
      for (const forged of [
        `${token}.${'A'.repeat(signature.length)}`,
        `${'x'.repeat(token.length)}.${signature}`,
        'garbage',
      ]) {
        assert.equal(
          (await api('/api/services', { cookie: `${cookieName}=${encodeURIComponent(forged)}` })).status,
          401,
          forged,
        );
      }
      // The gate hands the viewer on in a header of its own; one sent by a client is dropped.
      const forgedViewer = {
        'x-hopscope-viewer': encodeURIComponent(
          JSON.stringify({ userId: 'x', email: 'eve@example.com', role: 'admin', via: 'session' }),
        ),
      };
      assert.equal((await api('/api/users', { headers: forgedViewer })).status, 401);
      assert.equal((await api('/settings', { headers: forgedViewer })).status, 307);
      const second = cookieOf(await signIn(dashboard.url, ADMIN.email, ADMIN.password));
      const db = createDb(storeFromUrl(store.url));
      const secondToken = decodeURIComponent(second.split('=')[1]).split('.')[0];
      await transactionsOf(db)((trx) =>
        trx
          .updateTable('session')
          .set({ expiresAt: new Date(Date.now() - 1000) })
          .where('token', '=', secondToken)
          .execute(),
      );
      await db.$disconnect();
      assert.equal((await api('/api/services', { cookie: second })).status, 401);
    });

    test('API tokens: the secret is shown once, stored hashed, refused at once when revoked; guesses are refused alike', async () => {
      const made = await api('/api/tokens', {
        method: 'POST',
        cookie: adminCookie,
        body: JSON.stringify({ kind: 'api', name: 'ci' }),
      });
      assert.equal(made.status, 201);
      const token = (await made.json()) as { id: string; secret: string; hint: string };
      assert.equal(token.hint, token.secret.slice(-4));
      const db = createDb(storeFromUrl(store.url));
      const row = await tablesOf(db)
        .selectFrom('Token')
        .select('hash')
        .where('id', '=', token.id)
        .executeTakeFirstOrThrow();
      await db.$disconnect();
      assert.notEqual(row.hash, token.secret);
      assert.ok(!JSON.stringify(row).includes(token.secret.slice(8)), 'the secret is not stored');
      const listed = JSON.stringify(await (await api('/api/tokens', { cookie: adminCookie })).json());
      assert.ok(!listed.includes(token.secret), 'a list never shows the secret');

      assert.equal((await api('/api/services', { token: token.secret })).status, 200);
      const guesses = [
        `hsk_api_${'A'.repeat(43)}`,
        token.secret.slice(0, -1) + (token.secret.endsWith('A') ? 'B' : 'A'),
        'hsk_ing_whatever',
        'x',
      ];
      for (const guess of guesses) {
        const res = await api('/api/services', { token: guess });
        assert.equal(res.status, 401, guess);
        assert.deepEqual(await res.json(), { error: 'sign-in required' });
      }
      // A wrong token is refused even beside a good session cookie.
      assert.equal((await api('/api/services', { token: guesses[0], cookie: adminCookie })).status, 401);
      assert.equal((await api(`/api/tokens/${token.id}`, { method: 'DELETE', token: token.secret })).status, 200);
      assert.equal((await api('/api/services', { token: token.secret })).status, 401);
    });

    test('ingest tokens: once one exists /v1/* needs one, and a service token admits only its service', async () => {
      const body = (service: string) => plainExpressBody(service, 2, 3);
      const ingest = (service: string, token?: string) =>
        fetch(`${dashboard.url}/v1/traces`, {
          method: 'POST',
          headers: { 'content-type': 'application/x-protobuf', ...(token ? { authorization: `Bearer ${token}` } : {}) },
          body: Buffer.from(body(service)),
        });
      assert.equal((await ingest('shop')).status, 200, 'open while no ingest token exists');
      const made = await api('/api/tokens', {
        method: 'POST',
        cookie: adminCookie,
        body: JSON.stringify({ kind: 'ingest', name: 'shop prod', service: 'shop' }),
      });
      const { id, secret } = (await made.json()) as { id: string; secret: string };
      assert.equal((await ingest('shop')).status, 401);
      assert.equal((await ingest('shop', secret)).status, 200);
      const foreign = await ingest('billing', secret);
      assert.equal(foreign.status, 403);
      assert.match(Buffer.from(await foreign.arrayBuffer()).toString(), /for service "shop", not "billing"/);
      // An ingest token is not an API token, nor the other way round.
      assert.equal((await api('/api/services', { token: secret })).status, 401);
      assert.equal((await api(`/api/tokens/${id}`, { method: 'DELETE', cookie: adminCookie })).status, 200);
      assert.equal((await ingest('shop', secret)).status, 401);
      // The one service was counted for each accepted batch only: 2 + 2 calls.
      const ranking = (await (await api('/api/services/shop/middleware?range=1h', { cookie: adminCookie })).json()) as {
        middleware: { name: string; calls: number }[];
      };
      assert.equal(ranking.middleware.find((m) => m.name === 'jsonParser')?.calls, 4);
    });

    test('roles: a user added by the administrator signs in, and may not manage users or ingest tokens', async () => {
      const added = await api('/api/users', {
        method: 'POST',
        cookie: adminCookie,
        body: JSON.stringify({ email: 'Dev@Example.com', password: 'another long password', role: 'user' }),
      });
      assert.equal(added.status, 201);
      assert.equal(((await added.json()) as { email: string }).email, 'dev@example.com');
      const again = await api('/api/users', {
        method: 'POST',
        cookie: adminCookie,
        body: JSON.stringify({ email: 'dev@example.com', password: 'another long password' }),
      });
      assert.equal(again.status, 409);
      const dev = cookieOf(await signIn(dashboard.url, 'dev@example.com', 'another long password'));
      assert.equal((await api('/api/services', { cookie: dev })).status, 200);
      assert.equal((await api('/api/users', { cookie: dev })).status, 403);
      const ingest = await api('/api/tokens', {
        method: 'POST',
        cookie: dev,
        body: JSON.stringify({ kind: 'ingest', name: 'x' }),
      });
      assert.equal(ingest.status, 403);
      assert.equal(
        (await api('/api/tokens', { method: 'POST', cookie: dev, body: JSON.stringify({ kind: 'api', name: 'mine' }) }))
          .status,
        201,
      );
      // Nobody can sign up on their own.
      const signUp = await fetch(`${dashboard.url}/api/auth/sign-up/email`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: dashboard.url },
        body: JSON.stringify({ email: 'eve@example.com', password: 'a long enough password', name: 'eve' }),
      });
      assert.ok(signUp.status >= 400, `sign-up answered ${signUp.status}`);
    });

    test('bad input gets a 400 naming the field (413 past 64 KiB), a malformed path a 400; a cross-site write with a session cookie is refused', async () => {
      const cases: [string, string, RegExp][] = [
        ['/api/tokens', '{not json', /body: not JSON/],
        ['/api/tokens', JSON.stringify({ kind: 'api' }), /^name: /],
        ['/api/tokens', JSON.stringify({ kind: 'root', name: 'x' }), /^kind: /],
        ['/api/users', JSON.stringify({ email: 'not-an-address', password: 'long enough password' }), /^email: /],
        ['/api/users', JSON.stringify({ email: 'short@example.com', password: 'short' }), /^password: /],
      ];
      for (const [p, body, message] of cases) {
        const res = await api(p, { method: 'POST', cookie: adminCookie, body });
        assert.equal(res.status, 400, body);
        assert.match(((await res.json()) as { error: string }).error, message);
      }
      const huge = await api('/api/tokens', {
        method: 'POST',
        cookie: adminCookie,
        body: JSON.stringify({ kind: 'api', name: 'x'.repeat(100_000) }),
      });
      assert.equal(huge.status, 413);
      assert.match(
        ((await huge.json()) as { error: string }).error,
        /^body: body of \d+ bytes exceeds the limit of 65536 bytes/,
      );
      const crossSite = await api('/api/tokens', {
        method: 'POST',
        cookie: adminCookie,
        headers: { origin: 'https://evil.example' },
        body: JSON.stringify({ kind: 'api', name: 'x' }),
      });
      assert.equal(crossSite.status, 403);
      // A path whose percent-encoding does not decode: a 400 saying so, signed in or not
      // (Next's routing answered a bare 500).
      for (const p of ['/services/%E0%A4%A', '/api/services/%E0%A4%A/middleware']) {
        for (const cookie of [adminCookie, undefined]) {
          const res = await api(p, { cookie });
          assert.equal(res.status, 400, `${p}, ${cookie ? 'signed in' : 'signed out'}`);
          assert.match(((await res.json()) as { error: string }).error, /malformed percent-encoding/);
        }
      }
    });

    test('sign-in attempts are rate-limited per client, and the limit holds for the right password too', async () => {
      const statuses: number[] = [];
      for (let i = 0; i < 7; i++)
        statuses.push((await signIn(dashboard.url, ADMIN.email, 'a wrong password here')).status);
      assert.ok(statuses.includes(429), statuses.join(','));
      assert.ok(
        statuses.slice(0, statuses.indexOf(429)).every((s) => s === 401),
        statuses.join(','),
      );
      assert.equal((await signIn(dashboard.url, ADMIN.email, ADMIN.password)).status, 429);
    });
  });
}

authFlow('SQLite', sqliteStore);
authFlow('PostgreSQL', postgresStore);

describe('live streams end with the sign-in that opened them', () => {
  let store: TestStore;
  let dashboard: Dashboard;
  before(async () => {
    store = sqliteStore();
    dashboard = await startDashboard(store.url, LOCAL_AUTH_ENV);
    const ingested = await fetch(`${dashboard.url}/v1/traces`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-protobuf' },
      body: Buffer.from(plainExpressBody('shop', 2, 3)),
    });
    assert.equal(ingested.status, 200);
  });
  after(async () => {
    await dashboard?.stop();
    await store?.cleanup();
  });
  const api = (p: string, init: { method?: string; body?: string; cookie?: string; token?: string } = {}) =>
    fetch(`${dashboard.url}${p}`, {
      method: init.method,
      body: init.body,
      headers: {
        ...(init.body ? { 'content-type': 'application/json' } : {}),
        ...(init.cookie ? { cookie: init.cookie, origin: dashboard.url } : {}),
        ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
      },
    });

  // Five sign-ins in all: the sign-in rate limit's allowance for one client per minute.
  test('within seconds of sign-out, sign-out everywhere, a revoked token or a removed user', async () => {
    /** Opens the live stream of 'shop'; `ended` resolves with what it sent when the server ends it. */
    const watch = async (credentials: { cookie?: string; token?: string }) => {
      const res = await api('/api/services/shop/live', credentials);
      assert.equal(res.status, 200);
      const reader = res.body!.getReader();
      let text = '';
      let sawSummary = () => {};
      const first = new Promise<void>((r) => (sawSummary = r));
      const ended = (async () => {
        for (;;) {
          const { done, value } = await reader.read();
          if (done) return text;
          text += Buffer.from(value).toString();
          if (text.includes('event: summary')) sawSummary();
        }
      })();
      await first;
      return { ended, stop: () => reader.cancel() };
    };
    /** Runs `act`; each stream must then end with `signed-out` within 8 s (the check runs every 3 s). */
    const endsAfter = async (what: string, streams: { ended: Promise<string> }[], act: () => Promise<Response>) => {
      const since = Date.now();
      assert.equal((await act()).status, 200, what);
      for (const { ended } of streams) {
        const text = await Promise.race([
          ended,
          sleep(15_000).then(() => assert.fail(`${what}: the stream went on for 15 s`)),
        ]);
        assert.match(text, /event: signed-out\ndata: \{"error":"sign-in required"\}\n\n$/, what);
        assert.ok(Date.now() - since < 8000, `${what}: ended after ${Date.now() - since} ms`);
      }
    };
    const admin = cookieOf(await signIn(dashboard.url, ADMIN.email, ADMIN.password));
    const newToken = async (name: string) =>
      (await (
        await api('/api/tokens', { method: 'POST', cookie: admin, body: JSON.stringify({ kind: 'api', name }) })
      ).json()) as { id: string; secret: string };
    const newUser = async (email: string) =>
      (await (
        await api('/api/users', {
          method: 'POST',
          cookie: admin,
          body: JSON.stringify({ email, password: 'a long enough password', role: 'user' }),
        })
      ).json()) as { id: string };
    // A stream whose credentials stay good goes on throughout.
    const stays = await watch({ token: (await newToken('stays')).secret });
    await newUser('dev@example.com');
    const dev = () => signIn(dashboard.url, 'dev@example.com', 'a long enough password').then(cookieOf);

    const once = await dev();
    await endsAfter('sign-out', [await watch({ cookie: once })], () =>
      api('/api/auth/sign-out', { method: 'POST', cookie: once, body: '{}' }),
    );

    const [here, there] = [await dev(), await dev()];
    await endsAfter('sign-out everywhere', [await watch({ cookie: here }), await watch({ cookie: there })], () =>
      api('/api/auth/revoke-sessions', { method: 'POST', cookie: here, body: '{}' }),
    );

    const revoked = await newToken('revoked');
    await endsAfter('a revoked token', [await watch({ token: revoked.secret })], () =>
      api(`/api/tokens/${revoked.id}`, { method: 'DELETE', cookie: admin }),
    );

    const leaver = await newUser('leaver@example.com');
    const theirs = await watch({
      cookie: cookieOf(await signIn(dashboard.url, 'leaver@example.com', 'a long enough password')),
    });
    await endsAfter('a removed user', [theirs], () =>
      api(`/api/users/${leaver.id}`, { method: 'DELETE', cookie: admin }),
    );

    assert.equal(await Promise.race([stays.ended.then(() => 'ended'), sleep(100).then(() => 'open')]), 'open');
    await stays.stop();
  });
});

describe('behind an authenticating proxy (HOPSCOPE_AUTH=proxy)', () => {
  let store: TestStore;
  let dashboard: Dashboard;
  before(async () => {
    store = sqliteStore();
    dashboard = await startDashboard(store.url, { HOPSCOPE_AUTH: 'proxy', HOPSCOPE_ADMIN_EMAIL: 'ops@example.com' });
  });
  after(async () => {
    await dashboard?.stop();
    await store?.cleanup();
  });

  test('the header names the user; without it nothing is served', async () => {
    assert.equal((await fetch(`${dashboard.url}/api/services`)).status, 401);
    assert.equal((await fetch(`${dashboard.url}/`, { redirect: 'manual' })).status, 307);
    const me = async (email: string) =>
      (await (await fetch(`${dashboard.url}/api/me`, { headers: { 'x-forwarded-email': email } })).json()) as {
        email: string;
        role: string;
        via: string;
      };
    const ann = await me('Ann@Example.com');
    assert.deepEqual([ann.email, ann.role, ann.via], ['ann@example.com', 'user', 'proxy']);
    assert.equal((await me('ops@example.com')).role, 'admin');
    // Sign-in endpoints of its own are off: the proxy signs people in.
    assert.equal((await fetch(`${dashboard.url}/api/auth/get-session`)).status, 404);
  });
});

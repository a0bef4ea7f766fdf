// Real middleware nobody here wrote (fixtures/real-express-app.ts: helmet, cors,
// cookie-parser, body-parser, express-session, express-rate-limit, passport-local with
// bcrypt, compression) on Express 5. The big costs land where they belong against their
// own library calls timed beside them; every row has a name a user can find in their app;
// passport's two `authenticate` functions are two rows; and the app answers exactly as it
// does without the instrumentation.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { listen, ms, settle, setup } from './helpers';
import { PASSWORD, realExpressApp } from './fixtures/real-express-app';

const h = setup();
// eslint-disable-next-line @typescript-eslint/no-require-imports
const bcrypt: typeof import('bcryptjs') = require('bcryptjs');

const FIXTURE = 'instrumentation/node/test/fixtures/real-express-app.ts';
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const line = (marker: string) => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const src = (require('node:fs').readFileSync(path.join(__dirname, 'fixtures', 'real-express-app.ts'), 'utf8') as string).split('\n');
  return src.findIndex((l) => l.includes(marker)) + 1;
};

describe('real Express middleware', () => {
  let url = '';
  let close: () => Promise<void>;
  before(async () => {
    ({ url, close } = await listen(http.createServer(realExpressApp())));
  });
  after(() => close());

  test("bcrypt in passport's verify is the login's authenticate row, within ±25 % of compareSync", async () => {
    const hash = bcrypt.hashSync(PASSWORD, 10);
    const truths: number[] = [];
    for (let i = 0; i < 5; i++) {
      const res = await fetch(`${url}/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'ada', password: PASSWORD }) });
      assert.equal(res.status, 200);
      const t = performance.now();
      bcrypt.compareSync(PASSWORD, hash);
      truths.push(performance.now() - t);
    }
    await settle();
    const truth = median(truths);
    const login = h.attrs(`authenticate@${FIXTURE}:${line("app.post('/login'")}`);
    assert.equal(login.length, 5, 'passport.authenticate(local) has a row of its own');
    const occupancy = median(login.map((a) => ms(a['middleware.occupancy'])));
    assert.ok(occupancy >= 0.75 * truth && occupancy <= 1.25 * truth, `authenticate(local) ${occupancy.toFixed(1)} ms, compareSync ${truth.toFixed(1)} ms`);
    // passport.session() is the other authenticate: on every request, and cheap.
    const session = h.attrs('authenticate').filter((a) => a['http.route'] === '/login');
    assert.equal(session.length, 5);
    assert.ok(median(session.map((a) => ms(a['middleware.occupancy']))) < truth / 10);
  });

  test("a 2 MB JSON body's parse is jsonParser's, near JSON.parse's cost", async () => {
    const body = JSON.stringify({ items: Array.from({ length: 20_000 }, (_, i) => ({ id: i, name: `item ${i}`, tags: ['a', 'b'], price: i / 7 })) });
    const truths: number[] = [];
    for (let i = 0; i < 7; i++) {
      const res = await fetch(`${url}/items`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      assert.deepEqual(await res.json(), { count: 20_000 });
      const t = performance.now();
      JSON.parse(Buffer.from(body).toString('utf8'));
      truths.push(performance.now() - t);
    }
    await settle();
    const truth = median(truths.slice(2));
    const rows = h.attrs('jsonParser').filter((a) => a['http.route'] === '/items');
    const occupancy = median(rows.slice(2).map((a) => ms(a['middleware.occupancy'])));
    // Its row also holds reading the body from the socket (the request's own I/O).
    assert.ok(occupancy >= 0.75 * truth && occupancy <= 1.5 * truth, `jsonParser ${occupancy.toFixed(2)} ms, JSON.parse ${truth.toFixed(2)} ms`);
  });

  test('every row is named as the app knows it: no generic names, nothing merged', async () => {
    await (await fetch(`${url}/page`, { headers: { 'accept-encoding': 'gzip' } })).text();
    await settle();
    const names = new Set(h.exporter.getFinishedSpans().map((s) => String(s.attributes['middleware.name'])));
    for (const expected of ['helmetMiddleware', 'corsMiddleware', 'cookieParser', 'jsonParser', 'urlencodedParser', 'session', 'initialize', 'authenticate', 'compression']) {
      assert.ok(names.has(expected), `${expected} in ${[...names].join(', ')}`);
    }
    // express-rate-limit's middleware is an anonymous function: named by its line.
    assert.ok(names.has(`<anonymous>@${FIXTURE}:${line('app.use(rateLimit(')}`), [...names].join(', '));
    assert.ok(![...names].some((n) => n === 'middleware' || n === 'handler' || n.includes('node_modules')), [...names].join(', '));
  });

  test('the app answers exactly as it does without the instrumentation', () => {
    const run = (instrumented: boolean) =>
      execFileSync(process.execPath, ['--import', 'tsx', path.join(__dirname, 'fixtures', 'real-express-responses.ts'), ...(instrumented ? ['--instrumented'] : [])], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
        timeout: 60_000,
      });
    const bare = JSON.parse(run(false)) as { status: number }[];
    assert.deepEqual(bare.map((r) => r.status), [200, 200, 200, 401, 400, 200, 204, 404]);
    assert.deepEqual(JSON.parse(run(true)), bare);
  });
});

// One suite for real middleware nobody here wrote (fixtures/real-*-app.ts: security
// headers, CORS, cookies, a body parser, sessions, rate limiting, passport-local verifying
// a bcrypt hash, compression), run for each framework: the big costs land where they
// belong against their own library calls timed beside them; every row has a name a user
// can find in their app; the session's and the login's passport functions are two rows;
// and the app answers exactly as it does without the instrumentation.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { ms, settle, type Harness } from './helpers';
import { PASSWORD } from './fixtures/real-express-app';
import { REAL_APPS, type RealFramework } from './fixtures/real-apps';

export type RealSuite = {
  framework: RealFramework;
  /** The row of the login's password check, given `site(marker)`: the app's file:line of the line holding marker. */
  login: (site: (marker: string) => string) => string;
  /** The row that reads the session's user on every request (passport's session strategy). */
  session: string;
  /** The row that parses a JSON body. */
  parser: string;
  /** Rows every request has, named as the app knows them. */
  names: (site: (marker: string) => string) => string[];
  /** The row that gzips a page, and the page's handler, given `site` as above. */
  compression: string;
  page: (site: (marker: string) => string) => string;
  /** Statuses of real-responses.ts's requests, in order. */
  statuses: number[];
};

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const GENERIC = new Set(['middleware', 'handler', 'onRequest', 'onSend', 'preParsing', 'preValidation', 'preHandler']);

export function realMiddlewareSuite(h: Harness, s: RealSuite): void {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const bcrypt: typeof import('bcryptjs') = require('bcryptjs');
  const file = `real-${s.framework}-app.ts`;
  const lines = fs.readFileSync(path.join(__dirname, 'fixtures', file), 'utf8').split('\n');
  const site = (marker: string) =>
    `${path.relative(process.cwd(), path.join(__dirname, 'fixtures', file))}:${lines.findIndex((l) => l.includes(marker)) + 1}`;

  describe(`real ${s.framework} middleware`, () => {
    let url = '';
    let close: () => Promise<void>;
    before(async () => {
      ({ url, close } = await REAL_APPS[s.framework]());
    });
    after(() => close());

    test("bcrypt in passport's verify is the login's row, within ±25 % of compareSync; the session's is another, cheap", async () => {
      const hash = bcrypt.hashSync(PASSWORD, 10);
      const truths: number[] = [];
      for (let i = 0; i < 5; i++) {
        const res = await fetch(`${url}/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ username: 'ada', password: PASSWORD }),
        });
        assert.equal(res.status, 200);
        const t = performance.now();
        bcrypt.compareSync(PASSWORD, hash);
        truths.push(performance.now() - t);
      }
      await settle();
      const truth = median(truths);
      const login = h.attrs(s.login(site));
      assert.equal(login.length, 5, `${s.login(site)} has a row of its own`);
      const occupancy = median(login.map((a) => ms(a['middleware.occupancy'])));
      assert.ok(
        occupancy >= 0.75 * truth && occupancy <= 1.25 * truth,
        `${s.login(site)} ${occupancy.toFixed(1)} ms, compareSync ${truth.toFixed(1)} ms`,
      );
      const session = h.attrs(s.session).filter((a) => a['http.route'] === '/login');
      assert.equal(session.length, 5);
      assert.ok(median(session.map((a) => ms(a['middleware.occupancy']))) < truth / 10);
    });

    test(`a 2 MB JSON body's parse is the parser's row, near JSON.parse's cost`, async () => {
      const body = JSON.stringify({
        items: Array.from({ length: 20_000 }, (_, i) => ({ id: i, name: `item ${i}`, tags: ['a', 'b'], price: i / 7 })),
      });
      const truths: number[] = [];
      // Eleven, the first two left out (compiling): one collection of the 2 MB the parse
      // leaves behind can land in any of them, and CI saw a median of seven read 1.68x.
      for (let i = 0; i < 11; i++) {
        const res = await fetch(`${url}/items`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body,
        });
        assert.deepEqual(await res.json(), { count: 20_000 });
        const t = performance.now();
        JSON.parse(Buffer.from(body).toString('utf8'));
        truths.push(performance.now() - t);
      }
      await settle();
      const truth = median(truths.slice(2));
      const rows = h.attrs(s.parser).filter((a) => a['http.route'] === '/items');
      const occupancy = median(rows.slice(2).map((a) => ms(a['middleware.occupancy'])));
      // Its row also holds reading the body from the socket (the request's own I/O).
      assert.ok(
        occupancy >= 0.75 * truth && occupancy <= 1.5 * truth,
        `${s.parser} ${occupancy.toFixed(2)} ms, JSON.parse ${truth.toFixed(2)} ms`,
      );
    });

    test("a gzipped page: zlib's thread-pool hops are the compression middleware's, none the handler's", async () => {
      h.exporter.reset();
      for (let i = 0; i < 5; i++) {
        const res = await fetch(`${url}/page`, { headers: { 'accept-encoding': 'gzip' } });
        assert.equal(res.headers.get('content-encoding'), 'gzip');
        await res.text();
      }
      await settle();
      const hops = (name: string) =>
        h
          .attrs(name)
          .filter((a) => a['http.route'] === '/page')
          .map((a) => Number(a['middleware.hops.threadpool']));
      const compression = hops(s.compression);
      assert.equal(compression.length, 5, `${s.compression}: a row a page`);
      assert.ok(
        compression.every((n) => n >= 1),
        `${s.compression}: ${compression.join(', ')} thread-pool hops`,
      );
      const page = hops(s.page(site));
      assert.equal(page.length, 5, `${s.page(site)}: a row a page`);
      assert.deepEqual(page, [0, 0, 0, 0, 0], `${s.page(site)}: thread-pool hops`);
    });

    test('every row is named as the app knows it: no generic names, nothing merged', async () => {
      await (await fetch(`${url}/page`, { headers: { 'accept-encoding': 'gzip' } })).text();
      await settle();
      const names = new Set(h.exporter.getFinishedSpans().map((sp) => String(sp.attributes['middleware.name'])));
      for (const expected of s.names(site)) assert.ok(names.has(expected), `${expected} in ${[...names].join(', ')}`);
      assert.ok(![...names].some((n) => GENERIC.has(n) || n.includes('node_modules')), [...names].join(', '));
    });

    test('the app answers exactly as it does without the instrumentation', () => {
      const run = (instrumented: boolean) =>
        execFileSync(
          process.execPath,
          [
            '--import',
            'tsx',
            path.join(__dirname, 'fixtures', 'real-responses.ts'),
            s.framework,
            ...(instrumented ? ['--instrumented'] : []),
          ],
          {
            encoding: 'utf8',
            stdio: ['ignore', 'pipe', 'ignore'],
            timeout: 60_000,
          },
        );
      const bare = JSON.parse(run(false)) as { status: number }[];
      assert.deepEqual(
        bare.map((r) => r.status),
        s.statuses,
      );
      assert.deepEqual(JSON.parse(run(true)), bare);
    });
  });
}

// The receiver as the OTLP/HTTP specification says, against the production build on a
// real SQLite file: every bad input gets its status and a message and changes nothing;
// a replayed batch changes no count; an acknowledged batch survives kill -9.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import zlib from 'node:zlib';
import Database from 'better-sqlite3';
import { google, opentelemetry } from '../../lib/otlp/generated/otlp';
import type { MiddlewareRanking } from '../../lib/query/types';
import { getJson, startDashboard, type Dashboard } from '../helpers/dashboard';
import { plainExpressBody, traceBody } from '../helpers/otlp-bodies';
import { sqliteStore, type TestStore } from '../helpers/stores';

const TOKEN = 'test-token-0123456789';
const LIMIT = 1024 * 1024;

let store: TestStore;
let dashboard: Dashboard;

/** Row counts and totals of every table: what "changes nothing" is checked against. */
function snapshot(): string {
  const db = new Database(store.url.slice('file:'.length), { readonly: true });
  try {
    const one = (sql: string) => JSON.stringify(db.prepare(sql).get());
    return [
      one('SELECT COUNT(*) n, COALESCE(SUM(calls), 0) calls FROM "MiddlewareRollup"'),
      one('SELECT COUNT(*) n FROM "Exemplar"'),
      one('SELECT COUNT(*) n FROM "IngestedPoint"'),
      one('SELECT COUNT(*) n FROM "ServiceVersion"'),
    ].join(' ');
  } finally {
    db.close();
  }
}

async function post(path: string, body: Uint8Array | string, headers: Record<string, string> = {}) {
  return fetch(dashboard.url + path, {
    method: 'POST',
    headers: { 'content-type': 'application/x-protobuf', authorization: `Bearer ${TOKEN}`, ...headers },
    body: typeof body === 'string' ? body : Buffer.from(body),
  });
}

describe('receiver', () => {
  before(async () => {
    store = sqliteStore();
    dashboard = await startDashboard(store.url, {
      HOPSCOPE_INGEST_TOKEN: TOKEN,
      HOPSCOPE_MAX_BODY_BYTES: String(LIMIT),
      HOPSCOPE_MAX_MIDDLEWARE_PER_SERVICE: '3',
      // Every bad body below is decoded in a worker thread, whatever the machine.
      HOPSCOPE_DECODE_THREADS: '2',
    });
    // Some data first, so "unchanged" is checked against a non-empty store.
    assert.equal((await post('/v1/traces', plainExpressBody('seed', 3, 2))).status, 200);
  });
  after(async () => {
    await dashboard.stop();
    await store.cleanup();
  });

  const valid = traceBody('svc', [{ name: 'auth', durationMs: 5 }]);
  const bomb = zlib.gzipSync(Buffer.alloc(64 * 1024 * 1024), { level: 9 });
  const cases: { name: string; status: number; message: RegExp; send: () => Promise<Response> }[] = [
    {
      name: 'truncated protobuf',
      status: 400,
      message: /malformed protobuf body/,
      send: () => post('/v1/traces', valid.subarray(0, valid.length - 7)),
    },
    {
      name: 'random bytes',
      status: 400,
      message: /malformed protobuf body/,
      send: () => post('/v1/traces', Buffer.alloc(256, 0xff)),
    },
    {
      name: 'JSON that is not JSON',
      status: 400,
      message: /malformed json body/,
      send: () => post('/v1/metrics', '{"resourceMetrics": [', { 'content-type': 'application/json' }),
    },
    {
      name: 'JSON of the wrong shape',
      status: 400,
      message: /resourceSpans must be an array/,
      send: () => post('/v1/traces', '{"resourceSpans": "all of them"}', { 'content-type': 'application/json' }),
    },
    {
      name: 'gzip bomb',
      status: 413,
      message: /decompressed body exceeds the limit of 1048576 bytes/,
      send: () => post('/v1/traces', bomb, { 'content-encoding': 'gzip' }),
    },
    {
      name: 'oversized body',
      status: 413,
      message: /exceeds the limit/,
      send: () => post('/v1/traces', Buffer.alloc(LIMIT + 1)),
    },
    {
      name: 'not gzip',
      status: 400,
      message: /not valid gzip/,
      send: () => post('/v1/traces', valid, { 'content-encoding': 'gzip' }),
    },
    {
      name: 'unknown encoding',
      status: 415,
      message: /Content-Encoding "br"/,
      send: () => post('/v1/traces', valid, { 'content-encoding': 'br' }),
    },
    {
      name: 'unknown content type',
      status: 415,
      message: /Content-Type "text\/plain"/,
      send: () => post('/v1/traces', 'x', { 'content-type': 'text/plain' }),
    },
    {
      name: 'missing token',
      status: 401,
      message: /bearer token/,
      send: () => post('/v1/traces', valid, { authorization: '' }),
    },
    {
      name: 'wrong token',
      status: 401,
      message: /bearer token/,
      send: () => post('/v1/traces', valid, { authorization: 'Bearer test-token-0123456788' }),
    },
  ];

  for (const c of cases) {
    test(`${c.name}: ${c.status} with a message, store unchanged`, async () => {
      const before = snapshot();
      const res = await c.send();
      assert.equal(res.status, c.status);
      const type = res.headers.get('content-type') ?? '';
      const message = type.includes('json')
        ? ((await res.json()) as { message: string }).message
        : google.rpc.Status.decode(new Uint8Array(await res.arrayBuffer())).message;
      assert.match(message, c.message);
      assert.equal(snapshot(), before);
    });
  }

  test('other methods: 405', async () => {
    const res = await fetch(`${dashboard.url}/v1/traces`);
    assert.equal(res.status, 405);
  });

  test('unusable items: 200 with partial_success, the rest is kept', async () => {
    const body = traceBody('partial', [
      { name: 'good', durationMs: 3 },
      { name: 'bad-ids', durationMs: 3, traceId: Buffer.alloc(16), spanId: Buffer.alloc(8) },
    ]);
    const res = await post('/v1/traces', body);
    assert.equal(res.status, 200);
    const decoded = opentelemetry.proto.trace.v1.ExportTraceServiceResponse.decode(
      new Uint8Array(await res.arrayBuffer()),
    );
    assert.equal(Number(decoded.partialSuccess!.rejectedSpans), 1);
    assert.match(decoded.partialSuccess!.errorMessage ?? '', /invalid trace or span id/);
  });

  test('JSON in, JSON out; huge names are clipped', async () => {
    const name = 'x'.repeat(100_000);
    const now = Date.now() * 1e6;
    const res = await post(
      '/v1/traces',
      JSON.stringify({
        resourceSpans: [
          {
            resource: { attributes: [{ key: 'service.name', value: { stringValue: 'json-svc' } }] },
            scopeSpans: [
              {
                spans: [
                  {
                    traceId: crypto.randomBytes(16).toString('hex'),
                    spanId: crypto.randomBytes(8).toString('hex'),
                    name: 'm',
                    startTimeUnixNano: String(now - 5e6),
                    endTimeUnixNano: String(now),
                    kind: 1,
                    attributes: [
                      { key: 'express.type', value: { stringValue: 'middleware' } },
                      { key: 'express.name', value: { stringValue: name } },
                    ],
                  },
                ],
              },
            ],
          },
        ],
      }),
      { 'content-type': 'application/json' },
    );
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'application/json');
    assert.deepEqual(await res.json(), {});
    const ranking = await getJson<MiddlewareRanking>(`${dashboard.url}/api/services/json-svc/middleware?range=15m`);
    assert.equal(ranking.body.middleware[0].name.length, 200);
    assert.equal(ranking.body.middleware[0].measured, false);
  });

  test('a replayed batch changes no count', async () => {
    const body = plainExpressBody('replay', 10, 4);
    assert.equal((await post('/v1/traces', body)).status, 200);
    const first = snapshot();
    const ranking = await getJson<MiddlewareRanking>(`${dashboard.url}/api/services/replay/middleware?range=15m`);
    assert.equal(ranking.body.middleware[0].calls, 10);
    assert.equal((await post('/v1/traces', body)).status, 200);
    assert.equal(snapshot(), first);
    assert.deepEqual(
      (await getJson<MiddlewareRanking>(`${dashboard.url}/api/services/replay/middleware?range=15m`)).body.middleware,
      ranking.body.middleware,
    );
  });

  test('cardinality guard: names past the cap fold into (other), still counted', async () => {
    for (let i = 0; i < 6; i++)
      assert.equal((await post('/v1/traces', plainExpressBody('many', 2, 1, `mw${i}`))).status, 200);
    const { body } = await getJson<MiddlewareRanking>(`${dashboard.url}/api/services/many/middleware?range=15m`);
    const names = body.middleware.map((m) => m.name).sort();
    assert.deepEqual(names, ['(other)', 'mw0', 'mw1', 'mw2']);
    assert.equal(body.middleware.find((m) => m.name === '(other)')!.calls, 6);
  });

  test('an acknowledged batch survives kill -9', async () => {
    const res = await post('/v1/traces', plainExpressBody('durable', 25, 3));
    assert.equal(res.status, 200);
    await dashboard.kill9();
    await dashboard.start();
    const ranking = await getJson<MiddlewareRanking>(`${dashboard.url}/api/services/durable/middleware?range=15m`);
    assert.equal(ranking.body.middleware[0].calls, 25);
  });
});

describe('query API validation', () => {
  let local: { store: TestStore; dashboard: Dashboard };
  before(async () => {
    const s = sqliteStore();
    local = { store: s, dashboard: await startDashboard(s.url) };
    await fetch(`${local.dashboard.url}/v1/traces`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-protobuf' },
      body: Buffer.from(plainExpressBody('q', 1, 1)),
    });
  });
  after(async () => {
    await local.dashboard.stop();
    await local.store.cleanup();
  });

  for (const [query, status, message] of [
    ['/api/services/q/middleware?range=10y', 400, /range must be one of/],
    ['/api/services/q/middleware?from=2026-01-01T00:00:00Z&to=2026-03-01T00:00:00Z', 400, /at most 31 days/],
    ['/api/services/q/middleware?from=nope&to=2026-03-01T00:00:00Z', 400, /ISO-8601/],
    ['/api/services/nobody/middleware', 404, /no data from service "nobody"/],
  ] as const) {
    test(`${query} → ${status}`, async () => {
      const { status: got, body } = await getJson<{ error: string }>(local.dashboard.url + query);
      assert.equal(got, status);
      assert.match(body.error, message);
    });
  }
});

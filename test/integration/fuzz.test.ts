// Fuzzing the receiver and the JSON API with fast-check (property-based: each failure is
// shrunk to a smallest case and printed with its seed), against the production build on a
// real SQLite file. Valid OTLP bodies, protobuf and JSON, traces and metrics, are mutated:
// bytes flipped, cut and spliced in; JSON values replaced by arbitrary ones. API requests
// get arbitrary values for every parameter the routes read. Every answer must be a 2xx or
// a 4xx, never a 5xx or a dropped connection; every refused body leaves the store as it
// was; the dashboard answers its health check afterwards. FUZZ_RUNS sets the cases per
// property (default 500: 2,000 requests in all, ~10 s).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import Database from 'better-sqlite3';
import { startDashboard, type Dashboard } from '../helpers/dashboard';
import { middlewareMetricsJson, plainExpressBody, traceBody } from '../helpers/otlp-bodies';
import { sqliteStore, type TestStore } from '../helpers/stores';

const RUNS = Number(process.env.FUZZ_RUNS ?? 500);

let store: TestStore;
let dashboard: Dashboard;

/** What "changes nothing" is checked against: row counts and totals of the tables ingest writes. */
function snapshot(): string {
  const db = new Database(store.url.slice('file:'.length), { readonly: true });
  try {
    return ['MiddlewareRollup', 'Exemplar', 'IngestedPoint', 'ServiceVersion']
      .map((table) => JSON.stringify(db.prepare(`SELECT COUNT(*) n FROM "${table}"`).get()))
      .join(' ');
  } finally {
    db.close();
  }
}

/** Posts `body`; an answer of 500 or more, or none, fails the property. A refusal must change nothing. */
async function ingestAnswers(path: string, body: Uint8Array | string, contentType: string): Promise<void> {
  const before = snapshot();
  const res = await fetch(dashboard.url + path, {
    method: 'POST',
    headers: { 'content-type': contentType },
    body: typeof body === 'string' ? body : Buffer.from(body),
  });
  const text = await res.text();
  assert.ok(res.status < 500, `${res.status}: ${text.slice(0, 300)}`);
  if (res.status >= 400)
    assert.equal(snapshot(), before, `refused with ${res.status} (${text.slice(0, 200)}) yet the store changed`);
}

type Mutation = { kind: 'flip' | 'cut' | 'insert'; at: number; bytes: Uint8Array };

const mutation: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom('flip', 'cut', 'insert'),
  at: fc.nat(),
  bytes: fc.uint8Array({ minLength: 1, maxLength: 12 }),
}) as fc.Arbitrary<Mutation>;

function mutate(body: Uint8Array, mutations: Mutation[]): Uint8Array {
  let out = Buffer.from(body);
  for (const m of mutations) {
    const at = out.length === 0 ? 0 : m.at % out.length;
    if (m.kind === 'flip') out[at] ^= m.bytes[0] || 1;
    else if (m.kind === 'cut') out = Buffer.concat([out.subarray(0, at), out.subarray(at + m.bytes.length)]);
    else out = Buffer.concat([out.subarray(0, at), m.bytes, out.subarray(at)]);
  }
  return new Uint8Array(out);
}

/** `value` with the node that `path` picks (each step an index into the keys or items there) replaced. */
function replaceAt(value: unknown, path: number[], by: unknown): unknown {
  if (path.length === 0 || value === null || typeof value !== 'object') return by;
  const keys = Object.keys(value);
  if (keys.length === 0) return by;
  const key = keys[path[0] % keys.length];
  const copy: Record<string, unknown> = Array.isArray(value)
    ? ([...value] as unknown as Record<string, unknown>)
    : { ...value };
  copy[key] = replaceAt((value as Record<string, unknown>)[key], path.slice(1), by);
  return copy;
}

const replacement = fc.array(
  fc.record({ path: fc.array(fc.nat(), { maxLength: 9 }), by: fc.jsonValue({ maxDepth: 3 }) }),
  { minLength: 1, maxLength: 3 },
);

describe('fuzzing the receiver and the API', () => {
  before(async () => {
    store = sqliteStore();
    dashboard = await startDashboard(store.url);
    const seeded = await fetch(`${dashboard.url}/v1/traces`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-protobuf' },
      body: Buffer.from(plainExpressBody('fuzz-seed', 3, 2)),
    });
    assert.equal(seeded.status, 200);
  });
  after(async () => {
    await dashboard.stop();
    await store.cleanup();
  });

  test('mutated protobuf bodies: a 2xx or a 4xx, and a refusal changes nothing', async () => {
    const bodies = [
      traceBody('fuzz-pb', [
        { name: 'auth', durationMs: 5 },
        { name: 'parse', durationMs: 2, occupancyMs: 1 },
      ]),
      plainExpressBody('fuzz-plain', 2, 3),
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: bodies.length - 1 }),
        fc.array(mutation, { minLength: 1, maxLength: 4 }),
        async (which, mutations) => {
          await ingestAnswers('/v1/traces', mutate(bodies[which], mutations), 'application/x-protobuf');
        },
      ),
      { numRuns: RUNS },
    );
  });

  test('mutated OTLP/JSON bodies (metrics and traces): a 2xx or a 4xx, and a refusal changes nothing', async () => {
    const now = Date.now() * 1e6;
    const traces = {
      resourceSpans: [
        {
          resource: { attributes: [{ key: 'service.name', value: { stringValue: 'fuzz-json' } }] },
          scopeSpans: [
            {
              spans: [
                {
                  traceId: '5b8efff798038103d269b633813fc60c',
                  spanId: 'eee19b7ec3c1b174',
                  name: 'middleware - auth',
                  kind: 1,
                  startTimeUnixNano: String(now - 5e6),
                  endTimeUnixNano: String(now),
                  attributes: [
                    { key: 'middleware.name', value: { stringValue: 'auth' } },
                    { key: 'middleware.occupancy', value: { doubleValue: 0.004 } },
                  ],
                },
              ],
            },
          ],
        },
      ],
    };
    const bases: [string, unknown][] = [
      ['/v1/metrics', JSON.parse(middlewareMetricsJson('fuzz-json', '1.0.0', 'auth', [1, 2, 4]))],
      ['/v1/traces', traces],
    ];
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: bases.length - 1 }), replacement, async (which, replacements) => {
        const [path, base] = bases[which];
        const body = replacements.reduce((v, r) => replaceAt(v, r.path, r.by), base);
        await ingestAnswers(path, JSON.stringify(body), 'application/json');
      }),
      { numRuns: RUNS },
    );
  });

  test('mutated JSON text (bytes, not values): a 2xx or a 4xx, and a refusal changes nothing', async () => {
    const text = new TextEncoder().encode(middlewareMetricsJson('fuzz-text', '1.0.0', 'auth', [1, 2]));
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 3 }), async (mutations) => {
        await ingestAnswers('/v1/metrics', mutate(text, mutations), 'application/json');
      }),
      { numRuns: RUNS },
    );
  });

  test('API requests with arbitrary parameters and names: a 2xx or a 4xx', async () => {
    const value = fc.oneof(
      fc.string({ maxLength: 40 }),
      fc.constantFrom(
        '',
        '15m',
        '1h',
        '7d',
        '0',
        '-1',
        '1e309',
        'NaN',
        '2026-12-06T00:00:00Z',
        '1970-01-01',
        '9999-12-31T23:59:59Z',
        'fuzz-seed',
        '%',
        '%E0%A4%A',
      ),
      fc.integer().map(String),
    );
    const params = fc.dictionary(
      fc.constantFrom('range', 'from', 'to', 'version', 'environment', 'limit', 'q', 'sort', 'a', 'b'),
      value,
      { maxKeys: 5 },
    );
    const name = fc.oneof(fc.constantFrom('fuzz-seed', 'jsonParser', 'x'), fc.string({ minLength: 1, maxLength: 30 }));
    const routes = [
      () => '/api/services',
      (s: string) => `/api/services/${s}/middleware`,
      (s: string, m: string) => `/api/services/${s}/middleware/${m}`,
      (s: string) => `/api/services/${s}/compare`,
      (s: string, m: string) => `/api/services/${s}/traces/${m}`,
      () => '/api/alerts/incidents',
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: routes.length - 1 }),
        name,
        name,
        params,
        async (which, service, middleware, query) => {
          const search = new URLSearchParams(query).toString();
          const url = `${dashboard.url}${routes[which](encodeURIComponent(service), encodeURIComponent(middleware))}${search ? `?${search}` : ''}`;
          const res = await fetch(url);
          const text = await res.text();
          assert.ok(res.status < 500, `${url}: ${res.status} ${text.slice(0, 300)}`);
        },
      ),
      { numRuns: RUNS },
    );
  });

  test('afterwards the dashboard is healthy and still ingests', async () => {
    assert.equal((await fetch(`${dashboard.url}/api/health`)).status, 200);
    const res = await fetch(`${dashboard.url}/v1/traces`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-protobuf' },
      body: Buffer.from(plainExpressBody('fuzz-after', 1, 1)),
    });
    assert.equal(res.status, 200);
  });
});

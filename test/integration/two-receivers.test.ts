// Several receivers on one PostgreSQL database, as the README's production setup runs them:
// two dashboard processes, and an exporter that delivers every batch to both (a fan-out, as
// a Collector with two exporters does). Every call is counted once, no sampled span is stored
// twice, and both answer the same figures.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import type { MiddlewareRanking } from '../../lib/query/types';
import { getJson, startDashboard, type Dashboard } from '../helpers/dashboard';
import { runInstrumentedService } from '../helpers/service';
import { postgresStore, type TestStore } from '../helpers/stores';

/** Forwards each request to every target; 200 once all answered 200, else the first other status. */
function fanOut(targets: string[]): Promise<{ url: string; delivered: () => number; close(): Promise<void> }> {
  let delivered = 0;
  const server = http.createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = Buffer.concat(chunks);
    const headers = { 'content-type': req.headers['content-type'] ?? 'application/x-protobuf' };
    const answers = await Promise.all(
      targets.map((t) =>
        fetch(t + req.url, { method: req.method, headers, body }).then(async (r) => ({
          status: r.status,
          body: Buffer.from(await r.arrayBuffer()),
        })),
      ),
    );
    delivered += answers.filter((a) => a.status === 200).length;
    const first = answers.find((a) => a.status !== 200) ?? answers[0];
    res.writeHead(first.status, { 'content-type': headers['content-type'] });
    res.end(first.body);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
        delivered: () => delivered,
        close: () => new Promise((r) => server.close(() => r())),
      }),
    ),
  );
}

describe('two receivers on one PostgreSQL database', () => {
  let store: TestStore;
  let a: Dashboard;
  let b: Dashboard;
  before(async () => {
    store = await postgresStore();
    [a, b] = await Promise.all([startDashboard(store.url), startDashboard(store.url)]);
  });
  after(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await store?.cleanup();
  });

  test('every batch sent to both: counted once, spans stored once, the same answers', async () => {
    const tee = await fanOut([a.url, b.url]);
    try {
      await runInstrumentedService({ endpoint: tee.url, service: 'twice', requests: 60, blockMs: 4, concurrency: 4 });
    } finally {
      await tee.close();
    }
    assert.ok(tee.delivered() >= 4, `each export reached both receivers (${tee.delivered()} deliveries)`);
    // One fixed range for both, so that their answers can be compared field by field.
    const range = `from=${new Date(Date.now() - 900_000).toISOString()}&to=${new Date().toISOString()}`;
    const [ra, rb] = await Promise.all(
      [a, b].map((d) => getJson<MiddlewareRanking>(`${d.url}/api/services/twice/middleware?${range}`)),
    );
    assert.equal(ra.status, 200);
    const calls = Object.fromEntries(ra.body.middleware.map((m) => [m.name, m.calls]));
    assert.deepEqual(calls, { blocker: 60, waiter: 60, hasher: 60, getItem: 60 });
    assert.deepEqual(rb.body, ra.body, 'both receivers answer the same ranking');
    const [da, db] = await Promise.all(
      [a, b].map((d) => getJson(`${d.url}/api/services/twice/middleware/blocker?${range}`)),
    );
    assert.deepEqual(db.body, da.body, 'and the same drill-down, exemplars included');

    const client = new pg.Client({ connectionString: store.url });
    await client.connect();
    try {
      // Each sampled trace holds each middleware's span once, though both receivers chose from it.
      const { rows } = await client.query<{ trace: string; spans: number; names: number }>(
        `SELECT "traceId" AS trace, COUNT(*)::int AS spans, COUNT(DISTINCT middleware)::int AS names FROM "Exemplar" WHERE service = 'twice' GROUP BY 1`,
      );
      assert.ok(rows.length > 0, 'requests were sampled');
      const partial = rows.filter((r) => r.spans !== r.names);
      assert.deepEqual(partial, [], 'no span twice in a trace');
    } finally {
      await client.end();
    }
  });
});

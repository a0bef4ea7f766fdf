// The receiver while PostgreSQL fails, on a cluster of the test's own (helpers/cluster.ts).
// Stopped and started again during sustained ingest, it answers 503 with Retry-After while the
// server is down, recovers without a restart of its own, and every batch it acknowledged
// before, during and after is in the store exactly once (each is retried until acknowledged,
// as exporters do). Page queries stuck behind a lock, holding every connection of the query
// pool, do not keep acknowledgements waiting: the receiver has connections of its own.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import pg from 'pg';
import { metricBatch } from '../../bench/payloads';
import { startDashboard, type Dashboard } from '../helpers/dashboard';
import { privateCluster, type Cluster } from '../helpers/cluster';

const CALLS_PER_BATCH = 500; // per middleware: 5 routes × 100 (bench/payloads.ts)

type Delivery = { attempts: { status: number; retryAfter: string | null }[]; ms: number };

/** Posts one batch until it is acknowledged, waiting as Retry-After says (capped for the test). */
async function deliver(url: string, body: Uint8Array): Promise<Delivery> {
  const t0 = performance.now();
  const attempts: Delivery['attempts'] = [];
  while (performance.now() - t0 < 60_000) {
    const status = await fetch(`${url}/v1/metrics`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-protobuf' },
      body: Buffer.from(body),
    }).then(async (r) => {
      await r.arrayBuffer();
      attempts.push({ status: r.status, retryAfter: r.headers.get('retry-after') });
      return r.status;
    });
    if (status === 200) return { attempts, ms: performance.now() - t0 };
    if (status !== 503 && status !== 429) throw new Error(`batch refused for good: ${status}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`not acknowledged within 60 s: ${JSON.stringify(attempts.slice(-3))}`);
}

async function callsStored(url: string, service: string): Promise<number> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const { rows } = await c.query(
      `SELECT COALESCE(SUM(calls), 0)::int AS n FROM "MiddlewareRollup" WHERE service = $1 AND tier = 1 AND "allRoutes" AND middleware = 'requestId'`,
      [service],
    );
    return rows[0].n;
  } finally {
    await c.end();
  }
}

describe('PostgreSQL faults', () => {
  let cluster: Cluster;
  let dashboard: Dashboard;
  before(async () => {
    cluster = await privateCluster();
    dashboard = await startDashboard(cluster.url);
  });
  after(async () => {
    await dashboard?.stop();
    cluster?.drop();
  });

  test('restarted during sustained ingest: 503 + Retry-After while down, then every acknowledged batch exactly once', async () => {
    const batches = Array.from({ length: 40 }, () => metricBatch('restarted'));
    let next = 0;
    const deliveries: Delivery[] = [];
    const senders = Array.from({ length: 2 }, async () => {
      while (next < batches.length) {
        const body = batches[next++];
        deliveries.push(await deliver(dashboard.url, body));
        await new Promise((r) => setTimeout(r, 100));
      }
    });
    while (deliveries.length < 3) await new Promise((r) => setTimeout(r, 20));
    cluster.stop();
    await new Promise((r) => setTimeout(r, 3000));
    cluster.start();
    await Promise.all(senders);

    const refused = deliveries.flatMap((d) => d.attempts).filter((a) => a.status !== 200);
    assert.ok(refused.length > 0, 'some batches came while the server was down');
    for (const a of refused)
      assert.deepEqual([a.status, a.retryAfter !== null], [503, true], 'down: 503 with Retry-After');
    assert.ok(
      deliveries.slice(0, 3).every((d) => d.attempts.length === 1),
      'batches before the stop went through at once',
    );
    assert.equal(
      deliveries.length,
      batches.length,
      'every batch acknowledged in the end, without restarting the receiver',
    );
    assert.equal(
      await callsStored(cluster.url, 'restarted'),
      batches.length * CALLS_PER_BATCH,
      'each acknowledged batch counted once',
    );
  });

  test('page queries holding every query connection do not keep acknowledgements waiting', async () => {
    await deliver(dashboard.url, metricBatch('pool'));
    // Every ranking reads the exemplars; held behind this lock, each keeps a connection.
    const locker = new pg.Client({ connectionString: cluster.url });
    await locker.connect();
    await locker.query('BEGIN');
    await locker.query('LOCK TABLE "Exemplar" IN ACCESS EXCLUSIVE MODE');
    const stuck = Array.from({ length: 15 }, () => fetch(`${dashboard.url}/api/services/pool/middleware?range=15m`));
    try {
      await new Promise((r) => setTimeout(r, 1000));
      const { rows } = await locker.query(
        `SELECT COUNT(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()`,
      );
      assert.ok(rows[0].n >= 10, `the query pool is held (${rows[0].n} waiting)`);
      for (let i = 0; i < 3; i++) {
        const d = await deliver(dashboard.url, metricBatch('pool'));
        assert.equal(d.attempts.length, 1);
        assert.ok(d.ms < 3000, `acknowledged in ${d.ms.toFixed(0)} ms`);
      }
    } finally {
      await locker.query('ROLLBACK');
      await locker.end();
    }
    const answers = await Promise.all(stuck);
    assert.deepEqual([...new Set(answers.map((r) => r.status))], [200], 'the pages answer once the lock is gone');
    assert.equal(await callsStored(cluster.url, 'pool'), 4 * CALLS_PER_BATCH);
  });
});

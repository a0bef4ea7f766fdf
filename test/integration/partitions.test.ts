// PostgreSQL's daily tables (lib/rollup/partitions.ts): maintenance makes them ahead, rows
// land in their day's table, a day expires by dropping its table without changing a figure
// the hour and day tiers answer, a day whose rows reached the default partition first
// expires by DELETE instead, and two replicas running maintenance at once do each step once.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createDb, type Db } from '../../lib/db/client';
import { migrate } from '../../lib/db/migrate';
import { storeFromUrl } from '../../lib/db/url';
import { emptyBatch } from '../../lib/ingest/batch';
import { applyBatches } from '../../lib/ingest/store';
import { middlewareRanking } from '../../lib/query/ranking';
import { EVERYTHING } from '../../lib/query/scope';
import { DAY_MS, floorTo, MINUTE_MS } from '../../lib/rollup/grains';
import { record } from '../../lib/rollup/histogram';
import { maintain, type Retention } from '../../lib/rollup/maintenance';
import { emptyTotals } from '../../lib/rollup/totals';
import { postgresStore, type TestStore } from '../helpers/stores';

const TODAY = floorTo(Date.now(), DAY_MS);
const RETENTION: Retention = {
  minuteTierMs: 2 * DAY_MS,
  rollupMs: 90 * DAY_MS,
  exemplarMs: 7 * DAY_MS,
  dedupeMs: DAY_MS,
};
const ymd = (ms: number) => new Date(ms).toISOString().slice(0, 10).replaceAll('-', '');

/** `calls` calls of 2 ms at `bucket`, on one route (six rollup rows). */
async function ingest(db: Db, bucket: number, calls: number): Promise<void> {
  const batch = emptyBatch();
  const delta = emptyTotals(true);
  delta.calls = calls;
  delta.occupancySum = delta.durationSum = calls * 0.002;
  for (let i = 0; i < calls; i++) {
    record(delta.occupancy, 0.002);
    record(delta.duration, 0.002);
  }
  batch.contributions.push({
    dedupeKey: `partitions:${bucket}`,
    key: {
      service: 'svc',
      version: '1',
      environment: 'e',
      middleware: 'auth',
      framework: 'express',
      route: '/r',
      method: 'GET',
      bucket,
    },
    delta,
  });
  batch.seen.set('svc', { service: 'svc', version: '1', environment: 'e', lastSeen: bucket });
  await applyBatches(db, [batch]);
}

/** Rows per table of MiddlewareRollup. */
async function rowsPerTable(db: Db): Promise<Record<string, number>> {
  const rows = await db.$queryRawUnsafe<{ t: string; n: number }[]>(
    `SELECT tableoid::regclass::text AS t, COUNT(*)::int AS n FROM "MiddlewareRollup" GROUP BY 1`,
  );
  return Object.fromEntries(rows.map((r) => [r.t.replaceAll('"', ''), r.n]));
}

async function tables(db: Db): Promise<string[]> {
  const rows = await db.$queryRawUnsafe<{ name: string }[]>(
    `SELECT relname::text AS name FROM pg_class WHERE relname LIKE 'MiddlewareRollup_%' AND relkind IN ('r', 'p') ORDER BY 1`,
  );
  return rows.map((r) => r.name);
}

describe('daily tables on PostgreSQL', () => {
  let store: TestStore;
  let db: Db;
  before(async () => {
    store = await postgresStore();
    await migrate(storeFromUrl(store.url));
    db = createDb(storeFromUrl(store.url));
  });
  after(async () => {
    await db.$disconnect();
    await store.cleanup();
  });

  test('made ahead; rows land in their day; a day expires by dropping its table, figures unchanged', async () => {
    const pass = await maintain(db, RETENTION, TODAY + MINUTE_MS);
    const days = [0, 1, 2].map((d) => ymd(TODAY + d * DAY_MS));
    assert.deepEqual(
      pass.tables?.created.sort(),
      [...days.map((d) => `MiddlewareRollup_hours_${d}`), ...days.map((d) => `MiddlewareRollup_minutes_${d}`)].sort(),
    );
    const tomorrow = TODAY + DAY_MS;
    await ingest(db, tomorrow + 5 * MINUTE_MS, 10);
    await ingest(db, tomorrow + 70 * MINUTE_MS, 30);
    assert.deepEqual(await rowsPerTable(db), {
      [`MiddlewareRollup_minutes_${ymd(tomorrow)}`]: 4,
      [`MiddlewareRollup_hours_${ymd(tomorrow)}`]: 4,
      MiddlewareRollup_days: 2,
    });
    const day = { from: new Date(tomorrow), to: new Date(tomorrow + DAY_MS) };
    const before = await middlewareRanking(db, 'svc', day, EVERYTHING);
    assert.equal(before.middleware[0].calls, 40);

    // Three days later tomorrow's minutes are all past two days: its table goes whole.
    const later = await maintain(db, RETENTION, tomorrow + 3 * DAY_MS + MINUTE_MS);
    // Today's minutes go too (empty), tomorrow's with its four rows.
    assert.deepEqual(
      later.tables?.dropped.sort((x, y) => x.table.localeCompare(y.table)),
      [
        { table: `MiddlewareRollup_minutes_${ymd(TODAY)}`, rows: 0 },
        { table: `MiddlewareRollup_minutes_${ymd(tomorrow)}`, rows: 4 },
      ],
    );
    assert.equal(later.deleted.minutes, 4);
    assert.ok(!(await tables(db)).includes(`MiddlewareRollup_minutes_${ymd(tomorrow)}`));
    assert.deepEqual(
      await middlewareRanking(db, 'svc', day, EVERYTHING),
      before,
      'the hour and day rows answer as before',
    );
  });

  test('a day whose rows reached the default partition first gets no table, and expires by DELETE', async () => {
    const far = TODAY + 10 * DAY_MS;
    await ingest(db, far + 3 * MINUTE_MS, 5);
    const rows = await rowsPerTable(db);
    assert.equal(rows.MiddlewareRollup_minutes_default, 2);
    assert.equal(rows.MiddlewareRollup_hours_default, 2);
    const pass = await maintain(db, RETENTION, far + MINUTE_MS);
    assert.ok(!pass.tables!.created.includes(`MiddlewareRollup_minutes_${ymd(far)}`), 'PostgreSQL would refuse it');
    assert.ok(pass.tables!.created.includes(`MiddlewareRollup_minutes_${ymd(far + DAY_MS)}`));
    const ranking = await middlewareRanking(db, 'svc', { from: new Date(far), to: new Date(far + DAY_MS) }, EVERYTHING);
    assert.equal(ranking.middleware[0].calls, 5);
    const later = await maintain(db, RETENTION, far + 2 * DAY_MS + 4 * MINUTE_MS);
    assert.equal(later.deleted.minutes, 2, 'the default partition’s expired minutes');
    assert.equal((await rowsPerTable(db)).MiddlewareRollup_minutes_default, undefined);
  });

  test('two replicas at once: each table is made and dropped once, and neither fails', async () => {
    const other = createDb(storeFromUrl(store.url));
    try {
      const at = TODAY + 20 * DAY_MS;
      const [a, b] = await Promise.all([maintain(db, RETENTION, at), maintain(other, RETENTION, at)]);
      const created = [...a.tables!.created, ...b.tables!.created];
      assert.equal(new Set(created).size, created.length, 'no table made twice');
      for (const d of [0, 1, 2])
        assert.ok((await tables(db)).includes(`MiddlewareRollup_minutes_${ymd(at + d * DAY_MS)}`));
      const [c, d] = await Promise.all([
        maintain(db, RETENTION, at + 5 * DAY_MS),
        maintain(other, RETENTION, at + 5 * DAY_MS),
      ]);
      const dropped = [...c.tables!.dropped, ...d.tables!.dropped].map((x) => x.table);
      assert.equal(new Set(dropped).size, dropped.length, 'no table dropped twice');
      assert.ok(dropped.includes(`MiddlewareRollup_minutes_${ymd(at)}`));
    } finally {
      await other.$disconnect();
    }
  });
});

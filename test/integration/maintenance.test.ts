// Downsampling and retention on real stores: old minutes fold into hours without changing
// any figure the API answers, and what is past retention goes.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createDb, type Db } from '../../lib/db/client';
import { migrate } from '../../lib/db/migrate';
import { storeFromUrl, type Store } from '../../lib/db/url';
import { emptyBatch, MINUTE_MS, zeroDelta, type Batch } from '../../lib/ingest/batch';
import { applyBatches } from '../../lib/ingest/store';
import { middlewareRanking } from '../../lib/query/ranking';
import { EVERYTHING } from '../../lib/query/scope';
import { record } from '../../lib/rollup/histogram';
import { maintain, type Retention } from '../../lib/rollup/maintenance';
import { postgresStore, sqliteStore, type TestStore } from '../helpers/stores';

const DAY = 86_400_000;
const NOW = Math.floor(Date.now() / MINUTE_MS) * MINUTE_MS;

function minuteOfData(batch: Batch, minutesAgo: number, calls: number, occupancyMs: number): void {
  const delta = zeroDelta(true);
  delta.calls = calls;
  delta.occupancySum = (calls * occupancyMs) / 1000;
  delta.durationSum = delta.occupancySum;
  for (let i = 0; i < calls; i++) {
    record(delta.occupancy, occupancyMs / 1000);
    record(delta.duration, occupancyMs / 1000);
  }
  batch.contributions.push({
    dedupeKey: `test:${minutesAgo}`,
    key: { service: 'svc', version: '1', environment: 'e', middleware: 'auth', framework: 'express', route: '/r', method: 'GET', bucket: NOW - minutesAgo * MINUTE_MS },
    delta,
  });
}

for (const [name, makeStore] of [['SQLite', sqliteStore], ['PostgreSQL', postgresStore]] as const) {
  describe(`maintenance on ${name}`, () => {
    let test_: TestStore;
    let store: Store;
    let db: Db;
    before(async () => {
      test_ = await makeStore();
      store = storeFromUrl(test_.url);
      await migrate(store);
      db = createDb(store);
      const batch = emptyBatch();
      // Three days ago: two minutes of one hour and one of the next; and two minutes now.
      minuteOfData(batch, 3 * 1440 + 5, 10, 2);
      minuteOfData(batch, 3 * 1440 + 4, 20, 4);
      minuteOfData(batch, 3 * 1440 - 70, 30, 8);
      minuteOfData(batch, 2, 5, 1);
      minuteOfData(batch, 1, 5, 1);
      // Past any retention: 200 days ago.
      minuteOfData(batch, 200 * 1440, 7, 1);
      batch.seen.set('svc', { service: 'svc', version: '1', environment: 'e', lastSeen: NOW });
      await applyBatches(db, [batch]);
    });
    after(async () => {
      await db.$disconnect();
      await test_.cleanup();
    });

    test('old minutes become hours; every figure stays the same; old data goes', async () => {
      const range = { from: new Date(NOW - 4 * DAY), to: new Date(NOW + MINUTE_MS) };
      const before = await middlewareRanking(db, 'svc', range, EVERYTHING);
      const retention: Retention = { minuteTierMs: 2 * DAY, rollupMs: 90 * DAY, exemplarMs: 7 * DAY, dedupeMs: DAY };
      const result = await maintain(db, store.provider, retention, NOW);
      assert.equal(result.downsampled, 4, 'every minute older than two days');
      assert.equal(result.deleted.rollups, 1, 'the hour 200 days ago');
      const tiers = await db.middlewareRollup.groupBy({ by: ['tier'], _count: true, orderBy: { tier: 'asc' } });
      assert.deepEqual(tiers.map((t) => [t.tier, t._count]), [[1, 2], [60, 2]]);
      const after = await middlewareRanking(db, 'svc', range, EVERYTHING);
      assert.deepEqual(after, before);
      assert.equal(after.middleware[0].calls, 70);
      const again = await maintain(db, store.provider, retention, NOW);
      assert.equal(again.downsampled, 0, 'a second pass has nothing to do');
    });
  });
}

// Tiers and retention on real stores: minutes older than two days go without changing any
// figure the API answers (the hourly tier holds them), and what is past retention goes.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createDb, tablesOf, type Db } from '../../lib/db/client';
import { migrate } from '../../lib/db/migrate';
import { storeFromUrl, type Store } from '../../lib/db/url';
import { emptyBatch, type Batch } from '../../lib/ingest/batch';
import { MINUTE_MS } from '../../lib/rollup/grains';
import { emptyTotals } from '../../lib/rollup/totals';
import { applyBatches } from '../../lib/ingest/store';
import { middlewareRanking } from '../../lib/query/ranking';
import { serviceSeries } from '../../lib/query/series';
import { EVERYTHING } from '../../lib/query/scope';
import { record } from '../../lib/rollup/histogram';
import { maintain, type Retention } from '../../lib/rollup/maintenance';
import { postgresStore, sqliteStore, type TestStore } from '../helpers/stores';

const DAY = 86_400_000;
const NOW = Math.floor(Date.now() / MINUTE_MS) * MINUTE_MS;

function minuteOfData(batch: Batch, minutesAgo: number, calls: number, occupancyMs: number): void {
  const delta = emptyTotals(true);
  delta.calls = calls;
  delta.occupancySum = (calls * occupancyMs) / 1000;
  delta.durationSum = delta.occupancySum;
  for (let i = 0; i < calls; i++) {
    record(delta.occupancy, occupancyMs / 1000);
    record(delta.duration, occupancyMs / 1000);
  }
  batch.contributions.push({
    dedupeKey: `test:${minutesAgo}`,
    key: {
      service: 'svc',
      version: '1',
      environment: 'e',
      middleware: 'auth',
      framework: 'express',
      route: '/r',
      method: 'GET',
      bucket: NOW - minutesAgo * MINUTE_MS,
    },
    delta,
  });
}

for (const [name, makeStore] of [
  ['SQLite', sqliteStore],
  ['PostgreSQL', postgresStore],
] as const) {
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
      // Profiler stacks: one minute 8 days ago (past the exemplars' 7), one now.
      for (const minutesAgo of [8 * 1440, 1]) {
        batch.stacks.push({
          service: 'svc',
          version: '1',
          environment: 'e',
          dedupeKey: `stack:${minutesAgo}`,
          middleware: 'auth',
          bucket: NOW - minutesAgo * MINUTE_MS,
          stackHash: 'h',
          stack: 'auth (app.js:1)',
          samples: 3,
        });
      }
      batch.seen.set('svc', { service: 'svc', version: '1', environment: 'e', lastSeen: NOW });
      await applyBatches(db, [batch]);
    });
    after(async () => {
      await db.$disconnect();
      await test_.cleanup();
    });

    test('old minutes go, hours stay; every figure stays the same; old data goes', async () => {
      const range = { from: new Date(NOW - 4 * DAY), to: new Date(NOW + MINUTE_MS) };
      const before = await middlewareRanking(db, 'svc', range, EVERYTHING);
      const retention: Retention = { minuteTierMs: 2 * DAY, rollupMs: 90 * DAY, exemplarMs: 7 * DAY, dedupeMs: DAY };
      const result = await maintain(db, retention, NOW);
      // Rows per route and over all routes: two per minute and per hour.
      assert.equal(result.deleted.rollups, 3 * 2, 'the minute, hour and day 200 days ago');
      assert.equal(result.deleted.minutes, 2 * 3, 'the minutes three days ago');
      assert.equal(result.deleted.stacks, 1, 'the stacks eight days ago, as long as exemplars');
      assert.deepEqual(
        (await tablesOf(db).selectFrom('ProfileStack').select('bucket').execute()).map((r) => r.bucket.getTime()),
        [NOW - MINUTE_MS],
      );
      const minutes = await tablesOf(db)
        .selectFrom('MiddlewareRollup')
        .select('bucket')
        .where('tier', '=', 1)
        .execute();
      assert.deepEqual(minutes.map((m) => m.bucket.getTime()).sort(), [
        NOW - 2 * MINUTE_MS,
        NOW - 2 * MINUTE_MS,
        NOW - MINUTE_MS,
        NOW - MINUTE_MS,
      ]);
      const hours = await tablesOf(db)
        .selectFrom('MiddlewareRollup')
        .select(({ fn }) => fn.sum<number>('calls').as('calls'))
        .where('tier', '=', 60)
        .where('allRoutes', '=', true)
        .executeTakeFirstOrThrow();
      assert.equal(hours.calls, 70, 'the hourly tier holds every call in retention');
      const after = await middlewareRanking(db, 'svc', range, EVERYTHING);
      assert.deepEqual(after, before);
      assert.equal(after.middleware[0].calls, 70);
      // The service page's series, summed per step by the database, from both tiers.
      const lastHour = await serviceSeries(
        db,
        'svc',
        { from: new Date(NOW - 60 * MINUTE_MS), to: new Date(NOW) },
        EVERYTHING,
      );
      assert.deepEqual(
        lastHour.map((p) => [p.t, p.requests, p.occupancyMsPerRequest]),
        [
          [new Date(NOW - 2 * MINUTE_MS).toISOString(), 5, 1],
          [new Date(NOW - MINUTE_MS).toISOString(), 5, 1],
        ],
      );
      const week = await serviceSeries(
        db,
        'svc',
        { from: new Date(NOW - 7 * DAY), to: new Date(NOW + MINUTE_MS) },
        EVERYTHING,
      );
      assert.equal(
        week.reduce((n, p) => n + p.requests, 0),
        70,
        'every call of the week, in two-hour steps',
      );
      assert.ok(
        week.every((p) => Date.parse(p.t) % 3_600_000 === 0),
        'steps start on the hour',
      );
      const again = await maintain(db, retention, NOW);
      assert.deepEqual(
        again.deleted,
        { minutes: 0, rollups: 0, exemplars: 0, stacks: 0, dedupeKeys: 0 },
        'a second pass has nothing to do',
      );
    });
  });
}

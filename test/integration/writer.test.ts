// The single writer on a real SQLite file: a full queue refuses at once (the receiver's
// 429), and everything it accepted is committed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDb, tablesOf } from '../../lib/db/client';
import { migrate } from '../../lib/db/migrate';
import { storeFromUrl } from '../../lib/db/url';
import { emptyBatch } from '../../lib/ingest/batch';
import { emptyTotals } from '../../lib/rollup/totals';
import { BatchWriter, QueueFullError } from '../../lib/ingest/writer';
import { sqliteStore } from '../helpers/stores';

test('a full queue refuses at once; what it accepted is committed', async (t) => {
  const s = sqliteStore();
  const store = storeFromUrl(s.url);
  await migrate(store);
  const db = createDb(store);
  t.after(async () => {
    await db.$disconnect();
    await s.cleanup();
  });
  const writer = new BatchWriter(db, 8, 4);
  const outcomes = await Promise.allSettled(
    Array.from({ length: 20 }, (_, i) => {
      const b = emptyBatch();
      const delta = emptyTotals(true);
      delta.calls = 1;
      b.contributions.push({
        dedupeKey: `k${i}`,
        key: {
          service: 's',
          version: 'v',
          environment: 'e',
          middleware: 'm',
          framework: 'express',
          route: '/',
          method: 'GET',
          bucket: 0,
        },
        delta,
      });
      return writer.submit(b);
    }),
  );
  const accepted = outcomes.filter((o) => o.status === 'fulfilled').length;
  const refused = outcomes.filter((o) => o.status === 'rejected' && o.reason instanceof QueueFullError).length;
  // One batch is taken into a transaction at once; eight more may wait.
  assert.equal(accepted, 9);
  assert.equal(refused, 11);
  const row = await tablesOf(db)
    .selectFrom('MiddlewareRollup')
    .select('calls')
    .where('service', '=', 's')
    .executeTakeFirstOrThrow();
  assert.equal(row.calls, 9);
});

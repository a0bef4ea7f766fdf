// lib/db/write.ts on both real stores: rows written in statements of the ladder's sizes,
// the first of each shape built by Kysely and later ones binding into its text, read back
// whole (dates, booleans, bytes, nulls), upserts keeping what they must, and RETURNING
// only what was new.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createDb, tablesOf, transactionsOf, type Db } from '../../lib/db/client';
import { migrate } from '../../lib/db/migrate';
import { storeFromUrl } from '../../lib/db/url';
import { statementSizes, writeMany } from '../../lib/db/write';
import { postgresStore, sqliteStore, type TestStore } from '../helpers/stores';

const T0 = Date.UTC(2026, 11, 6, 12, 0);

function exemplars(n: number, run: number) {
  return Array.from({ length: n }, (_, i) => ({
    traceId: `t${i}`.padStart(32, '0'),
    spanId: `s${i}`.padStart(16, '0'),
    service: 'svc',
    version: 'v1',
    environment: 'prod',
    middleware: `m${i % 7}`,
    framework: 'express',
    route: '/items/:id',
    method: 'GET',
    position: i % 3 === 0 ? null : i,
    start: new Date(T0 + i * 1000),
    duration: i / 1000 + run,
    occupancy: i % 2 === 0 ? null : i / 2000,
    hops: i,
    blockingMax: null,
    stall: 0.5,
    error: i % 5 === 0 ? 'Error' : null,
    blockingStack: null,
  }));
}

async function withDb(store: () => Promise<TestStore> | TestStore, body: (db: Db) => Promise<void>) {
  const s = await store();
  await migrate(storeFromUrl(s.url));
  const db = createDb(storeFromUrl(s.url));
  try {
    await body(db);
  } finally {
    await db.$disconnect();
    await s.cleanup();
  }
}

test('statement sizes: full statements, then at most three of each smaller step', () => {
  assert.deepEqual(statementSizes(37, 882), [16, 16, 4, 1]);
  assert.deepEqual(statementSizes(2000, 882), [882, 882, 64, 64, 64, 16, 16, 4, 4, 4]);
  assert.deepEqual(statementSizes(3, 2), [2, 1]);
  assert.equal(
    statementSizes(12_345, 1_000).reduce((a, b) => a + b, 0),
    12_345,
  );
});

for (const [name, store] of [
  ['SQLite', sqliteStore],
  ['PostgreSQL', postgresStore],
] as const) {
  describe(`writeMany on ${name}`, () => {
    test('rows read back whole, the second time through shapes already built', () =>
      withDb(store, async (db) => {
        const write = transactionsOf(db);
        for (const run of [0, 1]) {
          const rows = exemplars(37, run);
          // Insert-or-ignore: the second run's rows are the same keys, so the first run's stay.
          await write((trx) => writeMany(trx, 'Exemplar', rows, { key: ['traceId', 'spanId'], action: 'ignore' }));
        }
        const stored = await tablesOf(db).selectFrom('Exemplar').selectAll().orderBy('start').execute();
        assert.deepEqual(stored, exemplars(37, 0));
        // An optional column left undefined would make Kysely write DEFAULT: another shape.
        const [row] = exemplars(1, 2);
        await assert.rejects(
          write((trx) =>
            writeMany(trx, 'Exemplar', [{ ...row, spanId: 'x'.repeat(16), error: undefined }], {
              key: ['traceId', 'spanId'],
              action: 'ignore',
            }),
          ),
          /Exemplar\.error: a row without a value/,
        );
      }));

    test('upserts overwrite all but the kept columns; RETURNING names only new rows', () =>
      withDb(store, async (db) => {
        const write = transactionsOf(db);
        const versions = (seen: number) =>
          Array.from({ length: 21 }, (_, i) => ({
            service: `svc-${i}`,
            version: 'v1',
            environment: 'prod',
            firstSeen: new Date(seen),
            lastSeen: new Date(seen),
          }));
        for (const seen of [T0, T0 + 60_000, T0 + 120_000])
          await write((trx) =>
            writeMany(trx, 'ServiceVersion', versions(seen), {
              key: ['service', 'version', 'environment'],
              keep: ['firstSeen'],
            }),
          );
        const stored = await tablesOf(db).selectFrom('ServiceVersion').selectAll().execute();
        assert.equal(stored.length, 21);
        for (const v of stored) {
          assert.equal(v.firstSeen.getTime(), T0);
          assert.equal(v.lastSeen.getTime(), T0 + 120_000);
        }
        const claim = (keys: string[]) =>
          write((trx) =>
            writeMany(
              trx,
              'IngestedPoint',
              keys.map((key) => ({ key, receivedAt: new Date(T0) })),
              { key: ['key'], action: 'ignore' },
              'key',
            ),
          );
        const first = Array.from({ length: 37 }, (_, i) => `k${i}`);
        assert.deepEqual((await claim(first)).map(String).sort(), first.toSorted());
        const second = Array.from({ length: 37 }, (_, i) => `k${i + 30}`);
        assert.deepEqual(
          (await claim(second)).map(String).sort(),
          second.slice(7).toSorted(),
          'k30 to k36 were claimed before',
        );
      }));
  });
}

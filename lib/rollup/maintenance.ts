// Keeping the store small: minute rollups go after two days (ingest writes the hour and
// day tiers beside them, so long ranges lose nothing but resolution), and everything past its
// retention is deleted. Each step is a DELETE (on SQLite in batches), safe from several
// replicas at once.
// On PostgreSQL the minute and hour tiers are kept in a table per day (partitions.ts): a day
// goes when all of it has expired, by dropping its table, so minute rows stay two to three
// days there; DELETE only clears what no daily table holds.
import { sql } from 'kysely';
import { providerOf, tablesOf, transactionsOf, type Db } from '../db/client';
import type { Tables } from '../db/tables';
import { DAY_MS, MINUTE_TIER_MS, TIER_MINUTE, TIERS } from './grains';
import { DAILY_TIERS, defaultPartition, keepDays, type PartitionPass } from './partitions';

export type Retention = {
  /** Minute rollups older than this are deleted (the hourly ones stay). */
  minuteTierMs: number;
  /** Hourly rollups older than this are deleted (HOPSCOPE_RETENTION_DAYS). */
  rollupMs: number;
  /** Exemplars (sampled spans) and profiler stacks older than this are deleted (HOPSCOPE_EXEMPLAR_RETENTION_DAYS). */
  exemplarMs: number;
  /** How long a retried export is recognised. */
  dedupeMs: number;
};

export function retentionFromEnv(env: NodeJS.ProcessEnv = process.env): Retention {
  const days = (v: string | undefined, d: number) => (v !== undefined && /^[1-9]\d*$/.test(v) ? Number(v) : d);
  return {
    minuteTierMs: MINUTE_TIER_MS,
    rollupMs: days(env.HOPSCOPE_RETENTION_DAYS, 90) * DAY_MS,
    exemplarMs: days(env.HOPSCOPE_EXEMPLAR_RETENTION_DAYS, 7) * DAY_MS,
    dedupeMs: DAY_MS,
  };
}

export type PassResult = {
  deleted: { minutes: number; rollups: number; exemplars: number; stacks: number; dedupeKeys: number };
  /** PostgreSQL: the daily tables made and dropped. */
  tables?: PartitionPass;
};

// SQLite has one writer: a DELETE holds the file's write lock until it commits, and the
// receiver's commits wait at most 5 s for it (lib/db/adapter.ts). A day of minute rows in one
// statement held it for 27 s (bench:retention), so rollups go a batch per statement, each an
// exact range of the (service, allRoutes, tier, bucket) index.
const SQLITE_DELETE_BATCH = 20_000;

/** Runs one DELETE in a transaction of its own on the writer's connection (on SQLite the
 *  only one that writes; each commits before the next, letting ingest in between); how many
 *  rows it deleted. */
async function rowsDeleted(
  db: Db,
  statement: (trx: Tables) => Promise<{ numDeletedRows?: bigint; numAffectedRows?: bigint }>,
): Promise<number> {
  const result = await transactionsOf(db)(statement);
  return Number(result.numDeletedRows ?? result.numAffectedRows ?? 0);
}

/** SQLite: deletes the rollup rows of `tiers` older than `before` a batch at a time, letting
 *  other work in between; the number deleted. */
async function deleteInBatches(db: Db, tiers: readonly number[], before: Date): Promise<number> {
  const services = await tablesOf(db).selectFrom('ServiceVersion').select('service').distinct().execute();
  const rowid = sql<number>`rowid`;
  let total = 0;
  for (const { service } of services) {
    for (const allRoutes of [false, true]) {
      for (const tier of tiers) {
        for (;;) {
          const n = await rowsDeleted(db, (trx) =>
            trx
              .deleteFrom('MiddlewareRollup')
              .where(
                rowid,
                'in',
                trx
                  .selectFrom('MiddlewareRollup')
                  .select(rowid.as('rowid'))
                  .where('service', '=', service)
                  .where('allRoutes', '=', allRoutes)
                  .where('tier', '=', tier)
                  .where('bucket', '<', before)
                  .limit(SQLITE_DELETE_BATCH),
              )
              .executeTakeFirst(),
          );
          total += n;
          if (n < SQLITE_DELETE_BATCH) break;
          await new Promise((r) => setImmediate(r));
        }
      }
    }
  }
  return total;
}

/** One maintenance pass: delete what is past its tier's or the store's retention. */
export async function maintain(db: Db, retention: Retention, now: number = Date.now()): Promise<PassResult> {
  const rollupCutoff = new Date(now - retention.rollupMs);
  const minuteCutoff = new Date(now - retention.minuteTierMs);
  const deleted = { minutes: 0, rollups: 0, exemplars: 0, stacks: 0, dedupeKeys: 0 };
  let tables: PartitionPass | undefined;
  if (providerOf(db) === 'postgresql') {
    tables = await keepDays(db, (tier) => (tier === TIER_MINUTE ? minuteCutoff : rollupCutoff).getTime(), now);
    for (const d of tables.dropped) {
      if (d.table.startsWith(DAILY_TIERS[0].parent)) deleted.minutes += d.rows;
      else deleted.rollups += d.rows;
    }
    // What no daily table holds: the day tier, and days that reached a default partition.
    const rest = ['MiddlewareRollup_days', ...DAILY_TIERS.map((t) => defaultPartition(t.parent))];
    // Tables of the partitioning, not of the schema: named, not typed.
    const olderThan = (table: string, cutoff: Date) =>
      rowsDeleted(db, (trx) => sql`DELETE FROM ${sql.table(table)} WHERE "bucket" < ${cutoff}`.execute(trx));
    for (const table of rest) deleted.rollups += await olderThan(table, rollupCutoff);
    deleted.minutes += await olderThan(defaultPartition(DAILY_TIERS[0].parent), minuteCutoff);
  } else {
    // Retention first, so each row is counted once, by the rule that deleted it.
    deleted.rollups = await deleteInBatches(
      db,
      TIERS.map(([tier]) => tier),
      rollupCutoff,
    );
    deleted.minutes = await deleteInBatches(db, [TIER_MINUTE], minuteCutoff);
  }
  const exemplarCutoff = new Date(now - retention.exemplarMs);
  await rowsDeleted(db, (trx) => trx.deleteFrom('RuntimeRollup').where('bucket', '<', rollupCutoff).executeTakeFirst());
  deleted.exemplars = await rowsDeleted(db, (trx) =>
    trx.deleteFrom('Exemplar').where('start', '<', exemplarCutoff).executeTakeFirst(),
  );
  deleted.stacks = await rowsDeleted(db, (trx) =>
    trx.deleteFrom('ProfileStack').where('bucket', '<', exemplarCutoff).executeTakeFirst(),
  );
  deleted.dedupeKeys = await rowsDeleted(db, (trx) =>
    trx
      .deleteFrom('IngestedPoint')
      .where('receivedAt', '<', new Date(now - retention.dedupeMs))
      .executeTakeFirst(),
  );
  return tables === undefined ? { deleted } : { deleted, tables };
}

/** Runs maintain() now and every `everyMs`; returns a function that stops it. */
export function startMaintenance(db: Db, retention: Retention, everyMs = 10 * 60_000): () => void {
  let running = false;
  const pass = async () => {
    if (running) return;
    running = true;
    try {
      await maintain(db, retention);
    } catch (err) {
      console.error('[hopscope] store maintenance failed (it runs again later):', err);
    } finally {
      running = false;
    }
  };
  void pass();
  const timer = setInterval(pass, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}

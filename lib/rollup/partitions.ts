// PostgreSQL keeps the minute and hour tiers of MiddlewareRollup in one table per day (the
// migration 20261202020000_compact_partitioned makes their parents). This module makes each
// day's table before the day begins and drops it once all of it is past its tier's
// retention, so a day expires by DROP TABLE — a few milliseconds — instead of a DELETE of
// its rows (1.6 M minute rows a day for the benchmark seed) and the vacuum that follows.
//
// A day whose rows reached the default partition first (written before its table existed)
// gets no table: PostgreSQL would refuse one whose range the default already holds. Those
// rows expire by DELETE (maintenance.ts), as the day tier's do.
//
// Each table is made or dropped in a transaction of its own, because the DDL holds its
// parent's exclusive lock until commit, and ingest and queries wait for it meanwhile;
// lock_timeout bounds how long it waits for that lock (they queue behind it then, too); a
// step that times out is tried again on the next pass. Several replicas may run this at
// once: each step holds a transaction-level advisory lock, so they take turns, and a step
// that finds its work done (the table made, or gone) does nothing.
import { sql } from 'kysely';
import { transactionsOf, type Db } from '../db/client';
import { pgTimestamp } from '../db/store-values';
import type { Tables } from '../db/tables';
import { DAY_MS, floorTo, TIER_HOUR, TIER_MINUTE } from './grains';

const PG_PARTITION_LOCK = 4_861_002_314;

/** The tiers kept in daily tables, each with its parent and default partition. */
export const DAILY_TIERS = [
  { tier: TIER_MINUTE, parent: 'MiddlewareRollup_minutes' },
  { tier: TIER_HOUR, parent: 'MiddlewareRollup_hours' },
] as const;
/** The partition that holds any day without a table of its own. */
export const defaultPartition = (parent: string) => `${parent}_default`;
/** Days made ahead of time, so a day's first rows never wait for maintenance. */
export const DAYS_AHEAD = 2;

const dayName = (parent: string, day: number) =>
  `${parent}_${new Date(day).toISOString().slice(0, 10).replaceAll('-', '')}`;
const dayOfName = (parent: string, name: string): number | null => {
  const m = new RegExp(`^${parent}_(\\d{4})(\\d{2})(\\d{2})$`).exec(name);
  return m === null ? null : Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
};
// A partition's bounds are part of its definition: literals, not parameters.
const timestamp = (ms: number) => sql.lit(pgTimestamp(ms));

/** The daily tables of `parent`, by the day each holds. */
async function daysOf(tx: Tables, parent: string): Promise<Map<number, string>> {
  const { rows } = await sql<{ name: string }>`
    SELECT c.relname::text AS name FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
    WHERE i.inhparent = ${`"${parent}"`}::regclass`.execute(tx);
  const days = new Map<number, string>();
  for (const { name } of rows) {
    const day = dayOfName(parent, name);
    if (day !== null) days.set(day, name);
  }
  return days;
}

/** Runs `work` in a transaction of its own, holding the partition lock. */
async function step<T>(db: Db, work: (tx: Tables) => Promise<T>): Promise<T> {
  return transactionsOf(db)(async (tx) => {
    await sql`SET LOCAL lock_timeout = '3s'`.execute(tx);
    await sql`SELECT pg_advisory_xact_lock(${sql.lit(PG_PARTITION_LOCK)})`.execute(tx);
    return work(tx);
  });
}

/** Makes the daily tables of `tiers` for days [from, to) that are missing and whose range
 *  the default partition holds no rows of; returns the tables made. */
export async function ensureDays(
  db: Db,
  from: number,
  to: number,
  tiers: readonly number[] = DAILY_TIERS.map((t) => t.tier),
): Promise<string[]> {
  const created: string[] = [];
  for (const { parent } of DAILY_TIERS.filter((t) => tiers.includes(t.tier))) {
    for (let day = floorTo(from, DAY_MS); day < to; day += DAY_MS) {
      const name = dayName(parent, day);
      const made = await step(db, async (tx) => {
        if ((await daysOf(tx, parent)).has(day)) return false;
        const taken = await sql`
          SELECT 1 FROM ${sql.table(defaultPartition(parent))}
          WHERE "bucket" >= ${timestamp(day)} AND "bucket" < ${timestamp(day + DAY_MS)} LIMIT 1`.execute(tx);
        if (taken.rows.length > 0) return false;
        await sql`
          CREATE TABLE ${sql.table(name)} PARTITION OF ${sql.table(parent)}
          FOR VALUES FROM (${timestamp(day)}) TO (${timestamp(day + DAY_MS)})`.execute(tx);
        return true;
      });
      if (made) created.push(name);
    }
  }
  return created;
}

export type PartitionPass = { created: string[]; dropped: { table: string; rows: number }[] };

/**
 * One pass: makes the tables of today and the next DAYS_AHEAD days, and drops each daily
 * table whose whole day is older than `keepFrom(tier)`.
 */
export async function keepDays(db: Db, keepFrom: (tier: number) => number, now: number): Promise<PartitionPass> {
  const created = await ensureDays(db, now, floorTo(now, DAY_MS) + (DAYS_AHEAD + 1) * DAY_MS);
  const dropped: PartitionPass['dropped'] = [];
  for (const { tier, parent } of DAILY_TIERS) {
    const days = await transactionsOf(db)((tx) => daysOf(tx, parent));
    for (const [day, table] of days) {
      if (day + DAY_MS > keepFrom(tier)) continue;
      const rows = await step(db, async (tx) => {
        const found = await sql<{ exists: boolean }>`SELECT to_regclass(${`"${table}"`}) IS NOT NULL AS exists`.execute(
          tx,
        );
        if (!found.rows[0].exists) return null;
        const counted = await sql<{ count: number }>`SELECT COUNT(*)::int AS count FROM ${sql.table(table)}`.execute(
          tx,
        );
        await sql`DROP TABLE ${sql.table(table)}`.execute(tx);
        return counted.rows[0].count;
      });
      if (rows !== null) dropped.push({ table, rows });
    }
  }
  return { created, dropped };
}

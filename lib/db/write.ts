// Many rows in one statement: INSERT … ON CONFLICT (key) DO UPDATE or DO NOTHING, the same
// on SQLite (3.35+) and PostgreSQL. One round trip per row is what held ingest back (about
// 1 ms a row), and Prisma has no bulk upsert, so the writer speaks this through Kysely.
//
// Kysely builds a statement from its rows value by value: ~10 ms for 800 rollup rows (27,000
// values), against 3 ms to bind them alone, on the receiver's main thread for every group
// commit (bench:ingest on SQLite read 0.89x the hand-written builder's throughput). The text
// of an INSERT depends only on its table, columns, conflict rule and row count, so each
// statement takes a row count from a short ladder (as many full ones as fit, then powers of
// four), Kysely builds each such shape once, and later statements of the shape bind their
// values into the text it built.
import { CompiledQuery, sql, type Insertable, type Kysely } from 'kysely';
import { storeValuesOf } from './store-values';
import type { DB } from './tables';

// SQLite allows 32766 bound parameters per statement, PostgreSQL 65535.
const MAX_PARAMS = 30_000;
/** Row counts a statement takes below a full one: a remainder of r rows is at most 3 per step. */
const LADDER = [1024, 256, 64, 16, 4, 1];
/** Shapes kept: stores × tables × columns × conflict rules × ladder steps a process writes with. */
const MAX_SHAPES = 256;
const shapes = new Map<string, string>();

export type OnConflict<TB extends keyof DB> = {
  /** The columns of the unique index a row may collide on. */
  key: readonly (keyof DB[TB] & string)[];
  /** 'ignore' keeps the stored row; 'update' (the default) overwrites its columns except `keep`. */
  action?: 'update' | 'ignore';
  keep?: readonly (keyof DB[TB] & string)[];
};

/** Row counts of the statements that write `n` rows, at most `full` each. */
export function statementSizes(n: number, full: number): number[] {
  const sizes: number[] = [];
  for (; n >= full; n -= full) sizes.push(full);
  for (const step of LADDER) for (; step < full && n >= step; n -= step) sizes.push(step);
  return sizes;
}

/** Writes `rows` (all with the same fields) into `table`; a row whose key is taken updates
 *  or leaves the stored one. Returns the `returning` column of the rows written (not of
 *  those left alone). */
export async function writeMany<TB extends keyof DB & string>(
  trx: Kysely<DB>,
  table: TB,
  rows: readonly Insertable<DB[TB]>[],
  conflict: OnConflict<TB>,
  returning?: keyof DB[TB] & string,
): Promise<unknown[]> {
  const written: unknown[] = [];
  if (rows.length === 0) return written;
  const names = Object.keys(rows[0]);
  // Kysely writes DEFAULT for a value left undefined, which would change a shape's text.
  for (const row of rows)
    for (const n of names)
      if ((row as Record<string, unknown>)[n] === undefined) throw new Error(`${table}.${n}: a row without a value`);
  const keep = new Set<string>([...conflict.key, ...(conflict.keep ?? [])]);
  // Every column not kept takes the value the statement brought (SQL's `excluded` row).
  const update = Object.fromEntries(names.filter((n) => !keep.has(n)).map((n) => [n, sql.ref(`excluded.${n}`)]));
  const statement = (chunk: readonly Insertable<DB[TB]>[]) => {
    // Kysely cannot follow a table chosen by a type parameter through its insert types;
    // the rows were checked as Insertable<DB[TB]> above.
    const insert = trx
      .insertInto(table)
      .values(chunk as never)
      .onConflict((oc) => {
        const target = oc.columns(conflict.key as never);
        return conflict.action === 'ignore' ? target.doNothing() : target.doUpdateSet(update as never);
      });
    return returning === undefined ? insert : insert.returning(sql.ref(returning).as('r'));
  };
  const { provider, bind } = storeValuesOf(trx);
  const shapeOf = `${provider}\u0000${table}\u0000${names.join(',')}\u0000${conflict.action}\u0000${[...keep].join(',')}\u0000${returning}`;
  let at = 0;
  for (const size of statementSizes(rows.length, Math.max(1, Math.floor(MAX_PARAMS / names.length)))) {
    const chunk = rows.slice(at, (at += size));
    const shape = `${shapeOf}\u0000${size}`;
    let text = shapes.get(shape);
    let query: CompiledQuery<unknown>;
    if (text === undefined) {
      query = statement(chunk).compile();
      if (shapes.size >= MAX_SHAPES) shapes.clear();
      shapes.set(shape, (text = query.sql));
    } else {
      const parameters: unknown[] = [];
      for (const row of chunk) for (const n of names) parameters.push(bind((row as Record<string, unknown>)[n]));
      query = CompiledQuery.raw(text, parameters);
    }
    const result = await trx.executeQuery<{ r: unknown }>(query);
    if (returning !== undefined) for (const row of result.rows) written.push(row.r);
  }
  return written;
}

// Many rows in one statement: INSERT … ON CONFLICT (key) DO UPDATE or DO NOTHING, the same
// on SQLite (3.35+) and PostgreSQL. One round trip per row is what held ingest back (about
// 1 ms a row), and Prisma has no bulk upsert, so the writer speaks this through Kysely.
import { sql, type Insertable, type Kysely } from 'kysely';
import type { DB } from './tables';

// SQLite allows 32766 bound parameters per statement, PostgreSQL 65535.
const MAX_PARAMS = 30_000;

export type OnConflict<TB extends keyof DB> = {
  /** The columns of the unique index a row may collide on. */
  key: readonly (keyof DB[TB] & string)[];
  /** 'ignore' keeps the stored row; 'update' (the default) overwrites its columns except `keep`. */
  action?: 'update' | 'ignore';
  keep?: readonly (keyof DB[TB] & string)[];
};

/** Writes `rows` (all with the same fields) into `table`, as many per statement as the
 *  store binds; a row whose key is taken updates or leaves the stored one. Returns the
 *  `returning` column of the rows written (not of those left alone). */
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
  const keep = new Set<string>([...conflict.key, ...(conflict.keep ?? [])]);
  // Every column not kept takes the value the statement brought (SQL's `excluded` row).
  const update = Object.fromEntries(names.filter((n) => !keep.has(n)).map((n) => [n, sql.ref(`excluded.${n}`)]));
  const perStatement = Math.max(1, Math.floor(MAX_PARAMS / names.length));
  for (let i = 0; i < rows.length; i += perStatement) {
    // Kysely cannot follow a table chosen by a type parameter through its insert types;
    // the rows were checked as Insertable<DB[TB]> above.
    const insert = trx
      .insertInto(table)
      .values(rows.slice(i, i + perStatement) as never)
      .onConflict((oc) => {
        const target = oc.columns(conflict.key as never);
        return conflict.action === 'ignore' ? target.doNothing() : target.doUpdateSet(update as never);
      });
    if (returning === undefined) await insert.execute();
    else for (const row of await insert.returning(sql.ref(returning).as('r')).execute()) written.push(row.r);
  }
  return written;
}

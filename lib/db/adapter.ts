// The drivers of both stores: Prisma's adapters (prisma-adapters.ts) and, on the same
// drivers, the Kysely handles every query of Hopscope's own goes through.
import Database from 'better-sqlite3';
import pg from 'pg';
import type { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import type { PrismaPg } from '@prisma/adapter-pg';
import { Kysely, PostgresDialect, SqliteDialect, type Dialect } from 'kysely';
import type { DB, Tables } from './tables';
import { postgresAdapter, sqliteAdapter } from './prisma-adapters';
import { keepingStatements } from './statement-cache';
import { StoreValues } from './store-values';
import type { Store } from './url';

// Many concurrent readers (API, SSE); the receiver has a pool of its own (client.ts).
const PG_POOL_SIZE = 10;

/** Runs `work` in one transaction on a connection of the driver's own: committed when it
 *  resolves, rolled back when it throws. */
export type Transact = <T>(work: (trx: Tables) => Promise<T>) => Promise<T>;

export type Driver = { adapter: PrismaBetterSQLite3 | PrismaPg; tables: Tables; transact: Transact };

// What Prisma's interactive transactions gave the writer: a connection within 10 s, and no
// statement (a lock wait included) past 60 s, so a stalled store fails the group (the
// receiver answers 503, exporters retry) instead of holding it for ever.
const CONNECT_TIMEOUT_MS = 10_000;
const STATEMENT_TIMEOUT_MS = 60_000;

// PostgreSQL's answers as the tables' types say: timestamps (held in UTC, without a zone)
// as Dates in UTC rather than the process's zone; sums and counts (bigint, numeric) as
// numbers. Prisma's adapter passes parsers of its own with each of its queries.
const PG_TIMESTAMP = 1114;
const PG_INT8 = 20;
const PG_NUMERIC = 1700;
const pgTypes = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === PG_TIMESTAMP) return (text: string) => new Date(`${text.replace(' ', 'T')}Z`);
    if (oid === PG_INT8 || oid === PG_NUMERIC) return Number;
    return pg.types.getTypeParser(oid, format);
  },
} as pg.CustomTypesConfig;

const tablesOver = (dialect: Dialect, provider: Store['provider']): Tables =>
  new Kysely<DB>({ dialect, plugins: [new StoreValues(provider)] });

// Prisma's adapters hand every byte of a Bytes column to the client engine as a JS number;
// rollup rows carry four histograms, and the pages read thousands of rows per answer:
// 3,360 hour rows took 121 ms through Prisma against 34 ms through pg itself (PostgreSQL
// spent 6 ms). So every table is read and written through Kysely on the driver
// itself: through Prisma, compiling the writer's statements (thousands of parameters,
// histograms as hex) took a fifth of the receiver's main thread (bench:ingest).
export function driver(store: Store, poolSize = PG_POOL_SIZE): Driver {
  if (store.provider === 'sqlite') {
    const adapter = sqliteAdapter(store.file);
    // A connection of its own, opened on first read (after migrations made the file);
    // under WAL it reads the last commit without waiting for the writer.
    const reader = async () =>
      keepingStatements(new Database(store.file, { readonly: true, fileMustExist: true, timeout: 5000 }));
    return {
      adapter,
      tables: tablesOver(new SqliteDialect({ database: reader }), 'sqlite'),
      transact: sqliteTransactions(store.file),
    };
  }
  const pool = new pg.Pool({
    connectionString: store.url,
    max: poolSize,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    types: pgTypes,
  });
  // A connection that dies while idle (PostgreSQL restarted) leaves the pool by itself;
  // without a listener the pool's 'error' event would end the process.
  pool.on('error', () => {});
  const adapter = postgresAdapter(pool);
  const transact: Transact = async (work) => {
    const client = await pool.connect();
    let broken: Error | undefined;
    // The transaction's statements on this one connection, released here, not by Kysely.
    const trx = tablesOver(
      new PostgresDialect({
        pool: { connect: async () => ({ query: client.query.bind(client), release() {} }), end: async () => {} },
      }),
      'postgresql',
    );
    try {
      await client.query(`BEGIN; SET LOCAL statement_timeout = ${STATEMENT_TIMEOUT_MS}`);
      const result = await work(trx);
      await client.query('COMMIT');
      return result;
    } catch (err) {
      // A connection that cannot even roll back (the server went away) is not reused.
      await client.query('ROLLBACK').catch((e: Error) => (broken = e));
      throw err;
    } finally {
      client.release(broken);
    }
  };
  return { adapter, tables: tablesOver(new PostgresDialect({ pool }), 'postgresql'), transact };
}

/** Transactions on a write connection of their own (SQLite has one writer at a time; this
 *  one waits up to 5 s for another, as the adapter's does), one after another. */
function sqliteTransactions(file: string): Transact {
  let writer: { database: Database.Database; tables: Tables } | undefined;
  let last: Promise<unknown> = Promise.resolve();
  const run = async <T>(work: (trx: Tables) => Promise<T>): Promise<T> => {
    if (writer === undefined) {
      const database = new Database(file, { fileMustExist: true, timeout: 5000 });
      writer = { database, tables: tablesOver(new SqliteDialect({ database: keepingStatements(database) }), 'sqlite') };
    }
    const { database, tables } = writer;
    // IMMEDIATE: the write lock now, so a transaction that reads before it writes cannot
    // find its snapshot stale when it comes to write (SQLITE_BUSY without waiting).
    database.exec('BEGIN IMMEDIATE');
    try {
      const result = await work(tables);
      database.exec('COMMIT');
      return result;
    } catch (err) {
      if (database.inTransaction) database.exec('ROLLBACK');
      throw err;
    }
  };
  // The work awaits between statements: a second transaction must not start on the same
  // connection meanwhile.
  return (work) => {
    const next = last.then(() => run(work));
    last = next.catch(() => {});
    return next;
  };
}

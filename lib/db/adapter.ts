// Driver adapters for both stores. Prisma 6.19's client engine ("engineType = client")
// and its JavaScript schema engine both talk to the database only through these.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import type { Store } from './url';

// Many concurrent readers (API, SSE); the receiver has a pool of its own (client.ts).
const PG_POOL_SIZE = 10;

/** Rows straight from the driver: text, numbers, booleans (0/1 on SQLite) and Buffers. */
export type ReadRows = (sql: string, params: readonly unknown[]) => Promise<Record<string, unknown>[]>;

/** Runs `work` in one transaction on a connection of the driver's own: committed when it
 *  resolves, rolled back when it throws. */
export type Transact = <T>(work: (query: ReadRows) => Promise<T>) => Promise<T>;

export type Driver = { adapter: PrismaBetterSQLite3 | PrismaPg; read: ReadRows; transact: Transact };

// What Prisma's interactive transactions gave the writer: a connection within 10 s, and no
// statement (a lock wait included) past 60 s, so a stalled store fails the group (the
// receiver answers 503, exporters retry) instead of holding it for ever.
const CONNECT_TIMEOUT_MS = 10_000;
const STATEMENT_TIMEOUT_MS = 60_000;

/** The adapter alone, for Prisma's CLI (prisma.config.ts). */
export function migrationAdapter(store: Store): PrismaBetterSQLite3 | PrismaPg {
  return driver(store).adapter;
}

// Prisma's adapters hand every byte of a Bytes column to the client engine as a JS number;
// rollup rows carry four histograms, and the pages read thousands of rows per answer:
// 3,360 hour rows took 121 ms through Prisma against 34 ms through pg itself (PostgreSQL
// spent 6 ms). So the reads that fetch histograms go to the driver (lib/db/rows.ts), and so
// do the writer's transactions: through Prisma, compiling their statements (thousands of
// parameters, histograms as hex) took a fifth of the receiver's main thread (bench:ingest).
export function driver(store: Store, poolSize = PG_POOL_SIZE): Driver {
  if (store.provider === 'sqlite') {
    fs.mkdirSync(path.dirname(store.file), { recursive: true });
    // Wait for a busy writer rather than fail at once: the receiver's writer and the
    // query API share the file. timestampFormat keeps DateTime sortable as integers.
    const adapter = new PrismaBetterSQLite3({ url: store.file, timeout: 5000 }, { timestampFormat: 'unixepoch-ms' });
    // A connection of its own, opened on first read (after migrations made the file);
    // under WAL it reads the last commit without waiting for the writer.
    let reader: Database.Database | undefined;
    const read: ReadRows = async (sql, params) => {
      reader ??= new Database(store.file, { readonly: true, fileMustExist: true, timeout: 5000 });
      return reader.prepare(sql).all(...params) as Record<string, unknown>[];
    };
    return { adapter, read, transact: sqliteTransactions(store.file) };
  }
  const pool = new pg.Pool({ connectionString: store.url, max: poolSize, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
  // A connection that dies while idle (PostgreSQL restarted) leaves the pool by itself;
  // without a listener the pool's 'error' event would end the process.
  pool.on('error', () => {});
  const adapter = new PrismaPg(pool, { disposeExternalPool: true });
  const read: ReadRows = async (sql, params) => (await pool.query(sql, params as unknown[])).rows;
  const transact: Transact = async (work) => {
    const client = await pool.connect();
    let broken: Error | undefined;
    try {
      await client.query(`BEGIN; SET LOCAL statement_timeout = ${STATEMENT_TIMEOUT_MS}`);
      const result = await work(async (sql, params) => (await client.query(sql, params as unknown[])).rows);
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
  return { adapter, read, transact };
}

/** Transactions on a write connection of their own (SQLite has one writer at a time; this
 *  one waits up to 5 s for another, as the adapter's does), one after another. */
function sqliteTransactions(file: string): Transact {
  let writer: Database.Database | undefined;
  let last: Promise<unknown> = Promise.resolve();
  const query: ReadRows = async (sql, params) => {
    const statement = writer!.prepare(sql);
    if (statement.reader) return statement.all(...params) as Record<string, unknown>[];
    statement.run(...params);
    return [];
  };
  const run = async <T>(work: (q: ReadRows) => Promise<T>): Promise<T> => {
    writer ??= new Database(file, { fileMustExist: true, timeout: 5000 });
    writer.exec('BEGIN IMMEDIATE');
    try {
      const result = await work(query);
      writer.exec('COMMIT');
      return result;
    } catch (err) {
      if (writer.inTransaction) writer.exec('ROLLBACK');
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

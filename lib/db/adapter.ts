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

export type Driver = { adapter: PrismaBetterSQLite3 | PrismaPg; read: ReadRows };

/** The adapter alone, for Prisma's CLI (prisma.config.ts). */
export function migrationAdapter(store: Store): PrismaBetterSQLite3 | PrismaPg {
  return driver(store).adapter;
}

// Prisma's adapters hand every byte of a Bytes column to the client engine as a JS number;
// rollup rows carry four histograms, and the pages read thousands of rows per answer:
// 3,360 hour rows took 121 ms through Prisma against 34 ms through pg itself (PostgreSQL
// spent 6 ms). So the reads that fetch histograms go to the driver (lib/db/rows.ts).
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
    return { adapter, read };
  }
  const pool = new pg.Pool({ connectionString: store.url, max: poolSize });
  // A connection that dies while idle (PostgreSQL restarted) leaves the pool by itself;
  // without a listener the pool's 'error' event would end the process.
  pool.on('error', () => {});
  const adapter = new PrismaPg(pool, { disposeExternalPool: true });
  const read: ReadRows = async (sql, params) => (await pool.query(sql, params as unknown[])).rows;
  return { adapter, read };
}

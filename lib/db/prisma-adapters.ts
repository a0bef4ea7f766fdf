// The driver adapters Prisma talks to the database through: its client engine ("engineType =
// client") for Better Auth, and its JavaScript schema engine for migrations. Apart from the
// rest of lib/db because Prisma's CLI loads this (prisma.config.ts) before `prisma
// generate` has made the client that lib/db/store-values.ts reads the schema from.
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import type { Store } from './url';

/** SQLite's adapter on the store's file, its directory made first. The receiver's writer
 *  and the query API share the file, so it waits for a busy writer rather than fail at
 *  once; timestampFormat keeps DateTime sortable as integers. */
export function sqliteAdapter(file: string): PrismaBetterSQLite3 {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  return new PrismaBetterSQLite3({ url: file, timeout: 5000 }, { timestampFormat: 'unixepoch-ms' });
}

/** PostgreSQL's adapter on a pool of the caller's, which it closes with the client. */
export const postgresAdapter = (pool: pg.Pool): PrismaPg => new PrismaPg(pool, { disposeExternalPool: true });

/** The adapter alone, for Prisma's CLI (prisma.config.ts). */
export function migrationAdapter(store: Store): PrismaBetterSQLite3 | PrismaPg {
  return store.provider === 'sqlite'
    ? sqliteAdapter(store.file)
    : postgresAdapter(new pg.Pool({ connectionString: store.url }));
}

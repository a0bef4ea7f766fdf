// The one Prisma client of this process, for the store DATABASE_URL names.
// Both generated clients come from the same models (prisma/schema.prisma), so they share
// one type; the SQLite one stands for both.
import { PrismaClient as SqliteClient } from './generated/sqlite';
import { PrismaClient as PostgresClient } from './generated/postgresql';
import { migrationAdapter } from './adapter';
import { databaseUrl, storeFromUrl, type Provider, type Store } from './url';

export type Db = SqliteClient;
/** The client inside an interactive transaction. */
export type Tx = Parameters<Parameters<Db['$transaction']>[0]>[0];

export function createDb(store: Store): Db {
  const adapter = migrationAdapter(store);
  if (store.provider === 'sqlite') return new SqliteClient({ adapter });
  return new PostgresClient({ adapter }) as unknown as Db;
}

// Next.js may evaluate server modules more than once; keep one client per process.
const globalForDb = globalThis as unknown as { hopscopeDb?: Db };

/** The store this process writes to, from DATABASE_URL. */
export function provider(): Provider {
  return storeFromUrl(databaseUrl()).provider;
}

export function db(): Db {
  return (globalForDb.hopscopeDb ??= createDb(storeFromUrl(databaseUrl())));
}

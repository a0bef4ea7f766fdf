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

// Next.js may evaluate server modules more than once (see db() below), so the map of
// which client talks to which store lives on globalThis too.
const globalForProviders = globalThis as unknown as { hopscopeProviders?: WeakMap<Db, Provider> };
const providers = (globalForProviders.hopscopeProviders ??= new WeakMap<Db, Provider>());

export function createDb(store: Store): Db {
  const adapter = migrationAdapter(store);
  const client = store.provider === 'sqlite' ? new SqliteClient({ adapter }) : (new PostgresClient({ adapter }) as unknown as Db);
  providers.set(client, store.provider);
  return client;
}

/** Which store a client made by createDb() talks to, for the few statements written in SQL. */
export function providerOf(db: Db): Provider {
  const p = providers.get(db);
  if (p === undefined) throw new Error('providerOf: a client not made by createDb()');
  return p;
}

// Next.js may evaluate server modules more than once; keep one client per process.
const globalForDb = globalThis as unknown as { hopscopeDb?: Db };

export function db(): Db {
  return (globalForDb.hopscopeDb ??= createDb(storeFromUrl(databaseUrl())));
}

// The store of this process, the one DATABASE_URL names: a Prisma client, which Better
// Auth's adapter speaks through (and Prisma's CLI migrates with), and beside it the Kysely
// handle every table is read and written through (tablesOf, transactionsOf), typed once for
// both stores. Prisma generates one client per provider, each its own type; nothing here
// calls either's model methods, so the store is simply one or the other.
import { PrismaClient as SqliteClient } from './generated/sqlite';
import { PrismaClient as PostgresClient } from './generated/postgresql';
import { driver, type Transact } from './adapter';
import type { Tables } from './tables';
import { databaseUrl, storeFromUrl, type Provider, type Store } from './url';

export type Db = SqliteClient | PostgresClient;

type Connection = { provider: Provider; tables: Tables; transact: Transact };

// Next.js may evaluate server modules more than once (see db() below), so the map of
// which client talks to which store lives on globalThis too.
const globalForConnections = globalThis as unknown as { hopscopeConnections?: WeakMap<Db, Connection> };
const connections = (globalForConnections.hopscopeConnections ??= new WeakMap<Db, Connection>());

export function createDb(store: Store, poolSize?: number): Db {
  const { adapter, tables, transact } = driver(store, poolSize);
  const client: Db = store.provider === 'sqlite' ? new SqliteClient({ adapter }) : new PostgresClient({ adapter });
  connections.set(client, { provider: store.provider, tables, transact });
  return client;
}

function connectionOf(db: Db): Connection {
  const c = connections.get(db);
  if (c === undefined) throw new Error('a client not made by createDb()');
  return c;
}

/** Which store a client made by createDb() talks to, where the two speak differently. */
export const providerOf = (db: Db): Provider => connectionOf(db).provider;

/** Every table, for reading, on the client's own driver (adapter.ts says why). */
export const tablesOf = (db: Db): Tables => connectionOf(db).tables;

/** Transactions on the client's own driver: every write of Hopscope's own (Better Auth writes through Prisma). */
export const transactionsOf = (db: Db): Transact => connectionOf(db).transact;

// Next.js may evaluate server modules more than once; keep one client per process.
const globalForDb = globalThis as unknown as { hopscopeDb?: Db; hopscopeIngestDb?: Db };

export function db(): Db {
  return (globalForDb.hopscopeDb ??= createDb(storeFromUrl(databaseUrl())));
}

// The receiver's own connections on PostgreSQL: the writer commits in one transaction at a
// time, and token checks are single lookups, so a few suffice; and pages whose slow queries
// hold every connection of db()'s pool cannot keep acknowledgements waiting.
// (SQLite has one writer anyway; there the receiver shares db().)
const PG_INGEST_POOL_SIZE = 3;

export function ingestDb(): Db {
  const store = storeFromUrl(databaseUrl());
  if (store.provider === 'sqlite') return db();
  return (globalForDb.hopscopeIngestDb ??= createDb(store, PG_INGEST_POOL_SIZE));
}

// Applies the committed migrations (SQL written by `prisma migrate diff`, one folder per
// store under prisma/migrations/) to the store DATABASE_URL names.
//
// Why not `prisma migrate deploy`: with the JavaScript schema engine and @prisma/adapter-pg
// it fails on PostgreSQL ("Column type 'name' could not be deserialized", prisma/orm#27403),
// and both stores should start the same way. This runner applies each migration once, in
// name order, in one transaction with its bookkeeping row, under a lock so that several
// receiver replicas can start at the same time.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import Database from 'better-sqlite3';
import pg from 'pg';
import type { Store } from './url';

const MIGRATIONS_ROOT = path.resolve(process.cwd(), 'prisma', 'migrations');
// Any fixed 64-bit number: the advisory lock all replicas agree on.
const PG_LOCK_KEY = 4_861_002_311;

type Migration = { name: string; sql: string; checksum: string };

export function listMigrations(provider: Store['provider'], root = MIGRATIONS_ROOT): Migration[] {
  const dir = path.join(root, provider);
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const sql = fs.readFileSync(path.join(dir, name, 'migration.sql'), 'utf8');
      return { name, sql, checksum: crypto.createHash('sha256').update(sql).digest('hex') };
    });
}

const BOOKKEEPING = `CREATE TABLE IF NOT EXISTS "_hopscope_migrations" (
  "name" TEXT PRIMARY KEY, "checksum" TEXT NOT NULL, "appliedAt" TEXT NOT NULL)`;

function checkApplied(applied: Map<string, string>, migrations: Migration[]): Migration[] {
  for (const m of migrations) {
    const sum = applied.get(m.name);
    if (sum !== undefined && sum !== m.checksum) {
      throw new Error(`migration ${m.name} was changed after it was applied; add a new migration instead`);
    }
  }
  return migrations.filter((m) => !applied.has(m.name));
}

/** Applies pending migrations; returns the names it applied. */
export async function migrate(store: Store): Promise<string[]> {
  const migrations = listMigrations(store.provider);
  return store.provider === 'sqlite' ? migrateSqlite(store.file, migrations) : migratePostgres(store.url, migrations);
}

function migrateSqlite(file: string, migrations: Migration[]): string[] {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file, { timeout: 5000 });
  try {
    // WAL: readers never block the writer; a committed transaction survives kill -9.
    db.pragma('journal_mode = WAL');
    db.exec(BOOKKEEPING);
    const rows = db.prepare('SELECT "name", "checksum" FROM "_hopscope_migrations"').all() as {
      name: string;
      checksum: string;
    }[];
    const pending = checkApplied(new Map(rows.map((r) => [r.name, r.checksum])), migrations);
    const record = db.prepare('INSERT INTO "_hopscope_migrations" VALUES (?, ?, ?)');
    for (const m of pending) {
      db.transaction(() => {
        db.exec(m.sql);
        record.run(m.name, m.checksum, new Date().toISOString());
      }).immediate();
    }
    return pending.map((m) => m.name);
  } finally {
    db.close();
  }
}

async function migratePostgres(url: string, migrations: Migration[]): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [PG_LOCK_KEY]);
    await client.query(BOOKKEEPING);
    const { rows } = await client.query<{ name: string; checksum: string }>(
      'SELECT "name", "checksum" FROM "_hopscope_migrations"',
    );
    const pending = checkApplied(new Map(rows.map((r) => [r.name, r.checksum])), migrations);
    for (const m of pending) {
      await client.query('BEGIN');
      try {
        await client.query(m.sql);
        await client.query('INSERT INTO "_hopscope_migrations" VALUES ($1, $2, $3)', [
          m.name,
          m.checksum,
          new Date().toISOString(),
        ]);
        await client.query('COMMIT');
      } catch (err) {
        await client.query('ROLLBACK');
        throw err;
      }
    }
    return pending.map((m) => m.name);
  } finally {
    await client.end();
  }
}

// The stores a store benchmark runs against — BENCH_STORE=sqlite (the default), postgres or
// both, PostgreSQL on the server at TEST_DATABASE_URL — each empty or holding the 30-day
// seed (bench/seed.ts), and how large a store is on disk.
//   BENCH_SEED=/path/file.db   keeps the SQLite seed there and reuses it on the next run
//   BENCH_PG_SEED=name         the same for PostgreSQL: a database of that name
import fs from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import Database from 'better-sqlite3';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { createDb } from '../lib/db/client';
import { migrate } from '../lib/db/migrate';
import { pgTimestamp } from '../lib/db/store-values';
import { storeFromUrl, type Provider } from '../lib/db/url';
import { DAY_MS, TIER_HOUR, TIER_MINUTE } from '../lib/rollup/grains';
import { ensureDays } from '../lib/rollup/partitions';
import { POSTGRES_ADMIN_URL, postgresStore, sqliteStore, type TestStore } from '../test/helpers/stores';
import { DAYS, MINUTE_DAYS, QUERY_SEED, seedTables, type SeedShape, type SeedTable, type SeedValue } from './seed';

const NAMES = { sqlite: 'SQLite', postgresql: 'PostgreSQL' } as const;
export type BenchStore = TestStore & { provider: Provider; name: string };

/** The stores BENCH_STORE names, in order. */
export function benchProviders(env: NodeJS.ProcessEnv = process.env): Provider[] {
  const asked = env.BENCH_STORE ?? 'sqlite';
  const choices: Record<string, Provider[]> = {
    sqlite: ['sqlite'],
    postgres: ['postgresql'],
    postgresql: ['postgresql'],
    both: ['sqlite', 'postgresql'],
  };
  const list = choices[asked];
  if (list === undefined) throw new Error(`BENCH_STORE must be sqlite, postgres or both; got "${asked}"`);
  return list;
}

/** A fresh, migrated store. */
export async function emptyStore(provider: Provider): Promise<BenchStore> {
  const store = provider === 'sqlite' ? sqliteStore() : await postgresStore();
  await migrate(storeFromUrl(store.url));
  return { ...store, provider, name: NAMES[provider] };
}

/** What seeding wrote, and the time the seed ends at. */
export type SeedRun = { rows: number; seconds: number; now: number };
export type Seeded = BenchStore & { seeded: SeedRun | null };

/** A store holding the 30-day seed: with `reuse`, the kept one when BENCH_SEED /
 *  BENCH_PG_SEED names one that exists (seeded: null), else one written now. */
export async function seededStore(provider: Provider, reuse = true): Promise<Seeded> {
  const name = NAMES[provider];
  const kept = !reuse ? undefined : provider === 'sqlite' ? process.env.BENCH_SEED : process.env.BENCH_PG_SEED;
  if (kept === undefined) {
    const store = await emptyStore(provider);
    return { ...store, seeded: await seedInto(store.url) };
  }
  const url = provider === 'sqlite' ? `file:${kept}` : postgresUrl(kept);
  const keep = { url, provider, name, cleanup: async () => {} };
  if (await hasSeed(url)) return { ...keep, seeded: null };
  if (provider === 'postgresql') await createDatabase(kept);
  await migrate(storeFromUrl(url));
  return { ...keep, seeded: await seedInto(url) };
}

function postgresUrl(database: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(database))
    throw new Error(`BENCH_PG_SEED must be a plain database name (a-z, 0-9, _); got "${database}"`);
  const url = new URL(POSTGRES_ADMIN_URL);
  url.pathname = `/${database}`;
  return url.toString();
}

async function withClient<T>(url: string, run: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return await run(c);
  } finally {
    await c.end();
  }
}

async function createDatabase(database: string): Promise<void> {
  await withClient(POSTGRES_ADMIN_URL, async (c) => {
    const { rowCount } = await c.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (rowCount === 0) await c.query(`CREATE DATABASE ${database}`);
  });
}

async function hasSeed(url: string): Promise<boolean> {
  const store = storeFromUrl(url);
  if (store.provider === 'sqlite') {
    if (!fs.existsSync(store.file)) return false;
    const db = new Database(store.file, { readonly: true });
    try {
      return (
        db.prepare(`SELECT 1 FROM sqlite_master WHERE name = 'Exemplar'`).get() !== undefined &&
        db.prepare('SELECT 1 FROM "Exemplar" LIMIT 1').get() !== undefined
      );
    } finally {
      db.close();
    }
  }
  const database = new URL(url).pathname.slice(1);
  const exists = await withClient(
    POSTGRES_ADMIN_URL,
    async (c) => (await c.query('SELECT 1 FROM pg_database WHERE datname = $1', [database])).rowCount === 1,
  );
  return (
    exists &&
    withClient(
      url,
      async (c) =>
        (await c.query(`SELECT to_regclass('"Exemplar"') IS NOT NULL AND EXISTS (SELECT 1 FROM "Exemplar") AS seeded`))
          .rows[0].seeded === true,
    )
  );
}

/** A fresh, migrated store holding a seed of the given shape (bench:services' estate). */
export async function storeShaped(provider: Provider, shape: SeedShape): Promise<Seeded> {
  const store = await emptyStore(provider);
  return { ...store, seeded: await seedInto(store.url, shape) };
}

/** Writes the seed (of `shape`) into the migrated store at `url`. */
async function seedInto(url: string, shape: SeedShape = QUERY_SEED): Promise<SeedRun> {
  const t0 = performance.now();
  const store = storeFromUrl(url);
  const now = Date.now();
  const tables = seedTables(now, shape);
  const rows = store.provider === 'sqlite' ? seedSqlite(store.file, tables) : await seedPostgres(url, tables, now);
  return { rows, seconds: (performance.now() - t0) / 1000, now };
}

function seedSqlite(file: string, tables: SeedTable[]): number {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF');
  let rows = 0;
  try {
    db.transaction(() => {
      for (const t of tables) {
        const insert = db.prepare(
          `INSERT INTO "${t.table}" (${t.columns.map((c) => `"${c}"`).join(', ')}) VALUES (${t.columns.map(() => '?').join(', ')})`,
        );
        // Hopscope's SQLite keeps times as epoch ms (lib/db/adapter.ts), booleans as 0/1;
        // better-sqlite3 binds a Buffer (not any Uint8Array) as a BLOB.
        for (const r of t.rows()) {
          insert.run(
            r.map((v) =>
              typeof v === 'boolean'
                ? Number(v)
                : v instanceof Uint8Array
                  ? Buffer.from(v.buffer, v.byteOffset, v.byteLength)
                  : v,
            ),
          );
          rows++;
        }
      }
    })();
    // No ANALYZE: the store never runs one, so the planner works here as it does there.
  } finally {
    db.close();
  }
  return rows;
}

/** One value in COPY's text format. */
function copyText(v: SeedValue, time: boolean): string {
  if (v === null) return '\\N';
  if (time) return pgTimestamp(v as number);
  if (typeof v === 'boolean') return v ? 't' : 'f';
  if (typeof v === 'number') return String(v);
  if (typeof v === 'string')
    return v.replace(/[\\\t\n\r]/g, (c) => ({ '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' })[c]!);
  return `\\\\x${Buffer.from(v).toString('hex')}`;
}

/** COPY's text format, a megabyte at a time. */
function* copyChunks(t: SeedTable, count: () => void): Iterable<string> {
  const isTime = t.columns.map((c) => t.times.includes(c));
  let chunk = '';
  for (const r of t.rows()) {
    chunk += r.map((v, i) => copyText(v, isTime[i])).join('\t') + '\n';
    count();
    if (chunk.length > 1 << 20) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk !== '') yield chunk;
}

async function seedPostgres(url: string, tables: SeedTable[], now: number): Promise<number> {
  // The daily tables maintenance would have made as the days came (lib/rollup/partitions.ts).
  const db = createDb(storeFromUrl(url));
  try {
    await ensureDays(db, now - (MINUTE_DAYS + 1) * DAY_MS, now + DAY_MS, [TIER_MINUTE]);
    await ensureDays(db, now - (DAYS + 1) * DAY_MS, now + DAY_MS, [TIER_HOUR]);
  } finally {
    await db.$disconnect();
  }
  let rows = 0;
  await withClient(url, async (c) => {
    for (const t of tables) {
      const sql = `COPY "${t.table}" (${t.columns.map((col) => `"${col}"`).join(', ')}) FROM STDIN`;
      await pipeline(Readable.from(copyChunks(t, () => rows++)), c.query(copyFrom(sql)));
    }
    // Autovacuum analyses a table this size soon after it is written; do it now, so the
    // planner works as it will on a store that has been running.
    await c.query('ANALYZE');
  });
  return rows;
}

export type StoreSize = { bytes: number; rollupRows: number; rollupBytesPerRow: number; histogramBytesPerRow: number };

/** The store's size on disk, and its rollup rows' (table and indexes, per row; their histograms alone). */
export async function storeSize(url: string): Promise<StoreSize> {
  const store = storeFromUrl(url);
  if (store.provider === 'sqlite') {
    const db = new Database(store.file, { readonly: true });
    try {
      const bytes = ['', '-wal'].reduce(
        (n, s) => n + (fs.existsSync(store.file + s) ? fs.statSync(store.file + s).size : 0),
        0,
      );
      const { rows, hist } = db
        .prepare(
          `SELECT COUNT(*) AS rows, AVG(LENGTH(CAST("durationHist" AS BLOB)) + LENGTH(CAST("occupancyHist" AS BLOB)) + LENGTH(CAST("threadHeldHist" AS BLOB)) + LENGTH(CAST("threadWaitHist" AS BLOB))) AS hist FROM "MiddlewareRollup"`,
        )
        .get() as { rows: number; hist: number };
      // dbstat: the pages of the table and of its indexes.
      const { table } = db
        .prepare(
          `SELECT SUM(pgsize) AS "table" FROM dbstat WHERE name = 'MiddlewareRollup' OR name IN (SELECT name FROM sqlite_master WHERE tbl_name = 'MiddlewareRollup' AND type = 'index')`,
        )
        .get() as { table: number };
      return { bytes, rollupRows: rows, rollupBytesPerRow: table / rows, histogramBytesPerRow: hist };
    } finally {
      db.close();
    }
  }
  return withClient(url, async (c) => {
    const { rows } = await c.query(`SELECT pg_database_size(current_database())::float8 AS bytes,
        COALESCE((SELECT SUM(pg_total_relation_size(relid)) FROM pg_partition_tree('"MiddlewareRollup"')), pg_total_relation_size('"MiddlewareRollup"'))::float8 AS "table",
        (SELECT COUNT(*)::float8 FROM "MiddlewareRollup") AS rows,
        (SELECT AVG(pg_column_size("durationHist") + pg_column_size("occupancyHist") + pg_column_size("threadHeldHist") + pg_column_size("threadWaitHist"))::float8 FROM "MiddlewareRollup") AS hist`);
    const r = rows[0] as { bytes: number; table: number; rows: number; hist: number };
    return { bytes: r.bytes, rollupRows: r.rows, rollupBytesPerRow: r.table / r.rows, histogramBytesPerRow: r.hist };
  });
}

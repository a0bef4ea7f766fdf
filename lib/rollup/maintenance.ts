// Keeping the store small: minute rollups older than two days fold into hourly ones (the
// downsampled tier long ranges read), and everything past its retention is deleted.
// Safe to run from several replicas at once: on PostgreSQL each pass holds an advisory
// lock; on SQLite a pass whose snapshot went stale fails to commit and the next one retries.
import type { Db } from '../db/client';
import type { Store } from '../db/url';
import { deserialize } from './histogram';
import { addDelta, SUM_FIELDS, TIER_HOUR, TIER_MINUTE, upsertRollup, type Tx } from '../ingest/store';
import { rollupKeyString, zeroDelta, type RollupDelta, type RollupKey } from '../ingest/batch';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
const PG_LOCK_KEY = 4_861_002_312;

export type Retention = {
  /** Minute rollups older than this fold into hourly ones. */
  minuteTierMs: number;
  /** Hourly rollups older than this are deleted (HOPSCOPE_RETENTION_DAYS). */
  rollupMs: number;
  /** Exemplars (sampled spans) older than this are deleted (HOPSCOPE_EXEMPLAR_RETENTION_DAYS). */
  exemplarMs: number;
  /** How long a retried export is recognised. */
  dedupeMs: number;
};

export function retentionFromEnv(env: NodeJS.ProcessEnv = process.env): Retention {
  const days = (v: string | undefined, d: number) => (v !== undefined && /^[1-9]\d*$/.test(v) ? Number(v) : d);
  return {
    minuteTierMs: 2 * DAY_MS,
    rollupMs: days(env.HOPSCOPE_RETENTION_DAYS, 90) * DAY_MS,
    exemplarMs: days(env.HOPSCOPE_EXEMPLAR_RETENTION_DAYS, 7) * DAY_MS,
    dedupeMs: DAY_MS,
  };
}

async function locked(tx: Tx, provider: Store['provider']): Promise<boolean> {
  if (provider !== 'postgresql') return true;
  const rows = await tx.$queryRawUnsafe<{ ok: boolean }[]>(`SELECT pg_try_advisory_xact_lock(${PG_LOCK_KEY}) AS ok`);
  return rows[0]?.ok === true;
}

/** Folds up to `limit` minute rows older than `cutoff` into hourly rows; returns how many. */
export async function downsampleOnce(db: Db, provider: Store['provider'], cutoff: Date, limit = 2000): Promise<number> {
  return db.$transaction(async (tx) => {
    if (!(await locked(tx, provider))) return 0;
    const rows = await tx.middlewareRollup.findMany({
      where: { tier: TIER_MINUTE, bucket: { lt: cutoff } },
      orderBy: { id: 'asc' },
      take: limit,
    });
    const hours = new Map<string, { key: RollupKey; delta: RollupDelta }>();
    for (const r of rows) {
      const key: RollupKey = {
        service: r.service,
        version: r.version,
        environment: r.environment,
        middleware: r.middleware,
        framework: r.framework,
        route: r.route,
        method: r.method,
        bucket: Math.floor(r.bucket.getTime() / HOUR_MS) * HOUR_MS,
      };
      const k = rollupKeyString(key);
      let h = hours.get(k);
      if (h === undefined) hours.set(k, (h = { key, delta: zeroDelta(false) }));
      const part: Partial<RollupDelta> = { measured: r.measured, duration: deserialize(r.durationHist), occupancy: deserialize(r.occupancyHist) };
      for (const f of SUM_FIELDS) part[f] = r[f];
      addDelta(h.delta, part);
    }
    for (const { key, delta } of hours.values()) await upsertRollup(tx, key, delta, TIER_HOUR);
    if (rows.length > 0) await tx.middlewareRollup.deleteMany({ where: { id: { in: rows.map((r) => r.id) } } });
    return rows.length;
  });
}

export type PassResult = { downsampled: number; deleted: { rollups: number; exemplars: number; dedupeKeys: number } };

/** One maintenance pass: downsample everything due, then delete what is past retention. */
export async function maintain(db: Db, provider: Store['provider'], retention: Retention, now: number = Date.now()): Promise<PassResult> {
  let downsampled = 0;
  for (;;) {
    const n = await downsampleOnce(db, provider, new Date(now - retention.minuteTierMs));
    downsampled += n;
    if (n === 0) break;
  }
  const [rollups, , exemplars, dedupeKeys] = await Promise.all([
    db.middlewareRollup.deleteMany({ where: { bucket: { lt: new Date(now - retention.rollupMs) } } }),
    db.runtimeRollup.deleteMany({ where: { bucket: { lt: new Date(now - retention.rollupMs) } } }),
    db.exemplar.deleteMany({ where: { start: { lt: new Date(now - retention.exemplarMs) } } }),
    db.ingestedPoint.deleteMany({ where: { receivedAt: { lt: new Date(now - retention.dedupeMs) } } }),
  ]);
  return { downsampled, deleted: { rollups: rollups.count, exemplars: exemplars.count, dedupeKeys: dedupeKeys.count } };
}

/** Runs maintain() now and every `everyMs`; returns a function that stops it. */
export function startMaintenance(db: Db, provider: Store['provider'], retention: Retention, everyMs = 10 * 60_000): () => void {
  let running = false;
  const pass = async () => {
    if (running) return;
    running = true;
    try {
      await maintain(db, provider, retention);
    } catch (err) {
      console.error('[hopscope] store maintenance failed (it runs again later):', err);
    } finally {
      running = false;
    }
  };
  void pass();
  const timer = setInterval(pass, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}

// Keeping the store small: minute rollups go after two days (ingest writes the hour and
// day tiers beside them, so long ranges lose nothing but resolution), and everything past its
// retention is deleted. Each step is one DELETE, safe from several replicas at once.
import type { Db } from '../db/client';
import { DAY_MS, MINUTE_TIER_MS, TIER_MINUTE } from './grains';

export type Retention = {
  /** Minute rollups older than this are deleted (the hourly ones stay). */
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
    minuteTierMs: MINUTE_TIER_MS,
    rollupMs: days(env.HOPSCOPE_RETENTION_DAYS, 90) * DAY_MS,
    exemplarMs: days(env.HOPSCOPE_EXEMPLAR_RETENTION_DAYS, 7) * DAY_MS,
    dedupeMs: DAY_MS,
  };
}

export type PassResult = { deleted: { minutes: number; rollups: number; exemplars: number; dedupeKeys: number } };

/** One maintenance pass: delete what is past its tier's or the store's retention. */
export async function maintain(db: Db, retention: Retention, now: number = Date.now()): Promise<PassResult> {
  // Retention first, so each row is counted once, by the rule that deleted it.
  const rollups = await db.middlewareRollup.deleteMany({ where: { bucket: { lt: new Date(now - retention.rollupMs) } } });
  await db.runtimeRollup.deleteMany({ where: { bucket: { lt: new Date(now - retention.rollupMs) } } });
  const minutes = await db.middlewareRollup.deleteMany({ where: { tier: TIER_MINUTE, bucket: { lt: new Date(now - retention.minuteTierMs) } } });
  const exemplars = await db.exemplar.deleteMany({ where: { start: { lt: new Date(now - retention.exemplarMs) } } });
  const dedupeKeys = await db.ingestedPoint.deleteMany({ where: { receivedAt: { lt: new Date(now - retention.dedupeMs) } } });
  return { deleted: { minutes: minutes.count, rollups: rollups.count, exemplars: exemplars.count, dedupeKeys: dedupeKeys.count } };
}

/** Runs maintain() now and every `everyMs`; returns a function that stops it. */
export function startMaintenance(db: Db, retention: Retention, everyMs = 10 * 60_000): () => void {
  let running = false;
  const pass = async () => {
    if (running) return;
    running = true;
    try {
      await maintain(db, retention);
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

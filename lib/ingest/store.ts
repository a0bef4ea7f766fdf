// Writes batches: one transaction per group of batches, never one per span. Items whose
// dedupe key is already stored are skipped, so a retried export changes no count.
import type { Db } from '../db/client';
import { deserialize, merge, serialize } from '../rollup/histogram';
import {
  rollupKeyString,
  zeroDelta,
  type Batch,
  type ExemplarRow,
  type RollupDelta,
  type RollupKey,
  type RuntimeSample,
  type ServiceId,
} from './batch';
import { selectExemplars } from './exemplars';

export const TIER_MINUTE = 1;
export const TIER_HOUR = 60;
// Bound the size of one IN (...) list; SQLite allows 32766 variables, PostgreSQL 65535.
const KEY_CHUNK = 5000;

export type Tx = Parameters<Parameters<Db['$transaction']>[0]>[0];

/** The additive fields of a rollup: merged by summing. */
export const SUM_FIELDS = [
  'calls',
  'errors',
  'durationSum',
  'occupancySum',
  'hops',
  'hopsMicrotask',
  'hopsIo',
  'hopsThreadpool',
  'hopsWorker',
  'hopsThread',
  'blockingCount',
  'stallSum',
] as const;
type SumField = (typeof SUM_FIELDS)[number];

export function addDelta(into: RollupDelta, d: Partial<RollupDelta>): void {
  into.measured = into.measured || d.measured === true;
  for (const f of SUM_FIELDS) into[f] += d[f] ?? 0;
  if (d.duration) merge(into.duration, d.duration);
  if (d.occupancy) merge(into.occupancy, d.occupancy);
}

function sums(from: Record<SumField, number>, plus?: Record<SumField, number>): Record<SumField, number> {
  const out = {} as Record<SumField, number>;
  for (const f of SUM_FIELDS) out[f] = from[f] + (plus?.[f] ?? 0);
  return out;
}

async function existingKeys(tx: Tx, keys: string[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (let i = 0; i < keys.length; i += KEY_CHUNK) {
    const rows = await tx.ingestedPoint.findMany({ where: { key: { in: keys.slice(i, i + KEY_CHUNK) } }, select: { key: true } });
    for (const r of rows) found.add(r.key);
  }
  return found;
}

/** Adds `d` to the rollup row of `key` at `tier` (1: minute, 60: hour), creating it if new. */
export async function upsertRollup(tx: Tx, key: RollupKey, d: RollupDelta, tier: number = TIER_MINUTE): Promise<void> {
  const where = {
    service_version_environment_middleware_route_method_tier_bucket: {
      service: key.service,
      version: key.version,
      environment: key.environment,
      middleware: key.middleware,
      route: key.route,
      method: key.method,
      tier,
      bucket: new Date(key.bucket),
    },
  };
  const row = await tx.middlewareRollup.findUnique({ where });
  if (row === null) {
    await tx.middlewareRollup.create({
      data: {
        ...where.service_version_environment_middleware_route_method_tier_bucket,
        framework: key.framework,
        measured: d.measured,
        ...sums(d),
        durationHist: serialize(d.duration),
        occupancyHist: serialize(d.occupancy),
      },
    });
    return;
  }
  await tx.middlewareRollup.update({
    where: { id: row.id },
    data: {
      measured: row.measured || d.measured,
      ...sums(row, d),
      durationHist: serialize(merge(deserialize(row.durationHist), d.duration)),
      occupancyHist: serialize(merge(deserialize(row.occupancyHist), d.occupancy)),
    },
  });
}

/** Adds event-loop samples to their service's minute rows. */
async function upsertRuntime(tx: Tx, samples: RuntimeSample[]): Promise<void> {
  const rows = new Map<string, { id: ServiceId & { bucket: Date }; elu: number; eluN: number; delay: number; delayMax: number; delayN: number }>();
  for (const s of samples) {
    const k = [s.service, s.version, s.environment, s.bucket].join('\u0000');
    let r = rows.get(k);
    if (r === undefined) {
      const id = { service: s.service, version: s.version, environment: s.environment, bucket: new Date(s.bucket) };
      rows.set(k, (r = { id, elu: 0, eluN: 0, delay: 0, delayMax: 0, delayN: 0 }));
    }
    if (s.utilization !== undefined) {
      r.elu += s.utilization;
      r.eluN++;
    }
    if (s.delayP99 !== undefined) {
      r.delay += s.delayP99;
      r.delayMax = Math.max(r.delayMax, s.delayP99);
      r.delayN++;
    }
  }
  for (const r of rows.values()) {
    const where = { service_version_environment_bucket: r.id };
    const row = await tx.runtimeRollup.findUnique({ where });
    if (row === null) {
      await tx.runtimeRollup.create({
        data: { ...r.id, eluSum: r.elu, eluCount: r.eluN, delayP99Sum: r.delay, delayP99Max: r.delayMax, delayCount: r.delayN },
      });
    } else {
      await tx.runtimeRollup.update({
        where,
        data: {
          eluSum: row.eluSum + r.elu,
          eluCount: row.eluCount + r.eluN,
          delayP99Sum: row.delayP99Sum + r.delay,
          delayP99Max: Math.max(row.delayP99Max, r.delayMax),
          delayCount: row.delayCount + r.delayN,
        },
      });
    }
  }
}

/** The kept exemplars not stored yet (a retried export sends the same spans again). */
async function newExemplars(tx: Tx, rows: ExemplarRow[]): Promise<ExemplarRow[]> {
  if (rows.length === 0) return rows;
  const stored = await tx.exemplar.findMany({
    where: { traceId: { in: [...new Set(rows.map((r) => r.traceId))] } },
    select: { traceId: true, spanId: true },
  });
  const have = new Set(stored.map((r) => r.traceId + r.spanId));
  const seen = new Set<string>();
  return rows.filter((r) => {
    const id = r.traceId + r.spanId;
    if (have.has(id) || seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

/** Applies batches in one transaction; returns how many contributions were new. */
export async function applyBatches(db: Db, batches: Batch[]): Promise<number> {
  const keys = new Set<string>();
  for (const b of batches) {
    for (const c of b.contributions) keys.add(c.dedupeKey);
    for (const r of b.runtime) keys.add(r.dedupeKey);
  }
  // Selection needs no database: the slowest and a few random per middleware and minute.
  const candidates = selectExemplars(batches.flatMap((b) => b.exemplars));
  const now = new Date();
  return db.$transaction(async (tx) => {
    const stored = await existingKeys(tx, [...keys]);
    const fresh = [...keys].filter((k) => !stored.has(k));
    const isFresh = new Set(fresh);
    const deltas = new Map<string, { key: RollupKey; delta: RollupDelta }>();
    for (const b of batches) {
      for (const c of b.contributions) {
        if (!isFresh.has(c.dedupeKey)) continue;
        const k = rollupKeyString(c.key);
        let entry = deltas.get(k);
        if (entry === undefined) deltas.set(k, (entry = { key: c.key, delta: zeroDelta(false) }));
        addDelta(entry.delta, c.delta);
      }
    }
    for (const { key, delta } of deltas.values()) await upsertRollup(tx, key, delta);
    await upsertRuntime(tx, batches.flatMap((b) => b.runtime.filter((r) => isFresh.has(r.dedupeKey))));
    const exemplars = await newExemplars(tx, candidates);
    if (exemplars.length > 0) await tx.exemplar.createMany({ data: exemplars });
    if (fresh.length > 0) await tx.ingestedPoint.createMany({ data: fresh.map((key) => ({ key, receivedAt: now })) });
    for (const b of batches) {
      for (const s of b.seen.values()) {
        const id = { service: s.service, version: s.version, environment: s.environment };
        const lastSeen = new Date(s.lastSeen);
        await tx.serviceVersion.upsert({
          where: { service_version_environment: id },
          create: { ...id, firstSeen: lastSeen, lastSeen },
          update: { lastSeen },
        });
      }
    }
    return fresh.length;
  });
}

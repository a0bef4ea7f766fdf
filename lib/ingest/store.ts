// Writes batches: one transaction per group of batches, a few statements per transaction,
// never one per span or per row. Items whose dedupe key is already stored are skipped, so
// a retried export changes no count.
//
// Every contribution lands in six rollup rows (minute, hour and day; its route and all
// routes), so queries read a few pre-merged rows, not thousands (lib/query/tiers.ts).
// Histograms merge in JS, so a row is read, merged and written back whole: one SELECT for
// every row the group touches, one multi-row upsert.
import { sql } from 'kysely';
import { providerOf, transactionsOf, type Db } from '../db/client';
import type { Tables } from '../db/tables';
import { matching } from '../db/where';
import { writeMany } from '../db/write';
import { grainsOf, type Grain } from '../rollup/grains';
import { addRuntime, addSample, emptyRuntime, RUNTIME_COLUMNS, type RuntimeTotals } from '../rollup/runtime';
import {
  addStored,
  addTotals,
  emptyTotals,
  STORED_TOTALS_COLUMNS,
  toStored,
  type RollupTotals,
} from '../rollup/totals';
import { serviceKeyOf, type Batch, type ExemplarRow, type RollupKey, type ServiceId } from './batch';

// Writers on other replicas merge the same rows; on PostgreSQL they take turns.
const PG_WRITER_LOCK = 4_861_002_313;

const ROLLUP_KEY = [
  'service',
  'tier',
  'allRoutes',
  'middleware',
  'route',
  'method',
  'version',
  'environment',
  'bucket',
] as const;
const RUNTIME_KEY = ['service', 'version', 'environment', 'bucket'] as const;

type RollupGrain = Grain<RollupKey>;
type GrainFields = Omit<RollupGrain, 'bucket' | 'framework'>;

function grainKey(g: GrainFields, bucket: number): string {
  return `${serviceKeyOf(g)}\u0000${g.middleware}\u0000${g.route}\u0000${g.method}\u0000${g.allRoutes}\u0000${g.tier}\u0000${bucket}`;
}

/** Adds each delta to its row (created when new): one read and one upsert for all of them. */
async function mergeRollups(
  tx: Tables,
  deltas: Map<string, { grain: RollupGrain; totals: RollupTotals }>,
): Promise<void> {
  if (deltas.size === 0) return;
  const grains = [...deltas.values()].map((d) => d.grain);
  // Every row at the touched buckets of the touched services: a superset, read at once.
  // Each column of the (service, allRoutes, tier, bucket) index is constrained, and
  // nothing else (SQLite then picks that index), so the read is a few index lookups
  // however large the store.
  const distinct = <T>(pick: (g: RollupGrain) => T) => [...new Set(grains.map(pick))];
  const stored = await tx
    .selectFrom('MiddlewareRollup')
    .select([...ROLLUP_KEY, ...STORED_TOTALS_COLUMNS])
    .where(
      matching({
        service: distinct((g) => g.service),
        allRoutes: distinct((g) => g.allRoutes),
        tier: distinct((g) => g.tier),
        bucket: distinct((g) => g.bucket).map((b) => new Date(b)),
      }),
    )
    .execute();
  for (const r of stored) {
    const d = deltas.get(grainKey(r, r.bucket.getTime()));
    if (d !== undefined) addStored(d.totals, r);
  }
  const rows = [...deltas.values()].map(({ grain, totals }) => ({
    ...grain,
    bucket: new Date(grain.bucket),
    ...toStored(totals),
  }));
  await writeMany(tx, 'MiddlewareRollup', rows, { key: ROLLUP_KEY });
}

type RuntimeRow = ServiceId & { bucket: number } & RuntimeTotals;

const runtimeKey = (id: ServiceId, bucket: number) => `${serviceKeyOf(id)}\u0000${bucket}`;

/** Adds runtime samples (event loop, Django's sync thread, threads) to their service's minute rows. */
async function mergeRuntime(tx: Tables, batches: Batch[], isFresh: Set<string>): Promise<void> {
  const rows = new Map<string, RuntimeRow>();
  for (const b of batches) {
    for (const s of b.runtime) {
      if (!isFresh.has(s.dedupeKey)) continue;
      const k = runtimeKey(s, s.bucket);
      let r = rows.get(k);
      if (r === undefined)
        rows.set(
          k,
          (r = {
            service: s.service,
            version: s.version,
            environment: s.environment,
            bucket: s.bucket,
            ...emptyRuntime(),
          }),
        );
      addSample(r, s.gauge, s.value);
    }
  }
  if (rows.size === 0) return;
  const list = [...rows.values()];
  const stored = await tx
    .selectFrom('RuntimeRollup')
    .select([...RUNTIME_KEY, ...RUNTIME_COLUMNS])
    .where(
      matching({
        service: [...new Set(list.map((r) => r.service))],
        bucket: [...new Set(list.map((r) => r.bucket))].map((b) => new Date(b)),
      }),
    )
    .execute();
  for (const s of stored) {
    const r = rows.get(runtimeKey(s, s.bucket.getTime()));
    if (r !== undefined) addRuntime(r, s);
  }
  const written = list.map((r) => ({ ...r, bucket: new Date(r.bucket) }));
  await writeMany(tx, 'RuntimeRollup', written, { key: RUNTIME_KEY });
}

const STACK_KEY = ['service', 'middleware', 'bucket', 'stackHash', 'version', 'environment'] as const;
type StackRow = ServiceId & { middleware: string; bucket: number; stackHash: string; stack: string; samples: number };
const stackKey = (r: Omit<StackRow, 'bucket' | 'stack' | 'samples'>, bucket: number) =>
  `${serviceKeyOf(r)}\u0000${r.middleware}\u0000${bucket}\u0000${r.stackHash}`;

/** Adds profiler samples to their (middleware, minute, stack) rows. */
async function mergeStacks(tx: Tables, batches: Batch[], isFresh: Set<string>): Promise<void> {
  const rows = new Map<string, StackRow>();
  for (const b of batches) {
    for (const s of b.stacks) {
      if (!isFresh.has(s.dedupeKey)) continue;
      const k = stackKey(s, s.bucket);
      const r = rows.get(k);
      if (r === undefined)
        rows.set(k, {
          service: s.service,
          version: s.version,
          environment: s.environment,
          middleware: s.middleware,
          bucket: s.bucket,
          stackHash: s.stackHash,
          stack: s.stack,
          samples: s.samples,
        });
      else r.samples += s.samples;
    }
  }
  if (rows.size === 0) return;
  const list = [...rows.values()];
  const stored = await tx
    .selectFrom('ProfileStack')
    .select(['service', 'version', 'environment', 'middleware', 'bucket', 'stackHash', 'samples'])
    .where(
      matching({
        service: [...new Set(list.map((r) => r.service))],
        middleware: [...new Set(list.map((r) => r.middleware))],
        bucket: [...new Set(list.map((r) => r.bucket))].map((b) => new Date(b)),
      }),
    )
    .execute();
  for (const s of stored) {
    const r = rows.get(stackKey(s, s.bucket.getTime()));
    if (r !== undefined) r.samples += s.samples;
  }
  const written = list.map((r) => ({ ...r, bucket: new Date(r.bucket) }));
  await writeMany(tx, 'ProfileStack', written, { key: STACK_KEY });
}

export type ServiceSeen = ServiceId & { lastSeen: number };

/** Each service version the batches saw, with the latest time it was seen. */
export function servicesSeen(batches: Batch[]): Map<string, ServiceSeen> {
  const seen = new Map<string, ServiceSeen>();
  for (const b of batches) {
    for (const [k, s] of b.seen) if ((seen.get(k)?.lastSeen ?? -1) < s.lastSeen) seen.set(k, s);
  }
  return seen;
}

/** Applies batches, the exemplars chosen from them and the services' last-seen times in one
 *  transaction (none when there is nothing to write); returns how many contributions were new. */
export async function applyBatches(
  db: Db,
  batches: Batch[],
  exemplars: ExemplarRow[] = [],
  services: ServiceSeen[] = [...servicesSeen(batches).values()],
): Promise<number> {
  const keys = new Set<string>();
  for (const b of batches) {
    for (const c of b.contributions) keys.add(c.dedupeKey);
    for (const r of b.runtime) keys.add(r.dedupeKey);
    for (const r of b.stacks) keys.add(r.dedupeKey);
  }
  if (keys.size === 0 && exemplars.length === 0 && services.length === 0) return 0;
  const now = Date.now();
  const onPostgres = providerOf(db) === 'postgresql';
  return transactionsOf(db)(async (tx) => {
    if (onPostgres) await sql`SELECT pg_advisory_xact_lock(${sql.lit(PG_WRITER_LOCK)})`.execute(tx);
    // Claimed first: the keys no earlier export applied (a rollback releases them).
    const receivedAt = new Date(now);
    const claims = [...keys].map((key) => ({ key, receivedAt }));
    const fresh = (await writeMany(tx, 'IngestedPoint', claims, { key: ['key'], action: 'ignore' }, 'key')).map(String);
    const isFresh = new Set(fresh);
    const deltas = new Map<string, { grain: RollupGrain; totals: RollupTotals }>();
    for (const b of batches) {
      for (const c of b.contributions) {
        if (!isFresh.has(c.dedupeKey)) continue;
        for (const grain of grainsOf(c.key)) {
          const k = grainKey(grain, grain.bucket);
          let entry = deltas.get(k);
          if (entry === undefined) deltas.set(k, (entry = { grain, totals: emptyTotals() }));
          addTotals(entry.totals, c.delta);
        }
      }
    }
    await mergeRollups(tx, deltas);
    await mergeRuntime(tx, batches, isFresh);
    await mergeStacks(tx, batches, isFresh);
    // A retried export sends the same spans again: those already stored stay as they are.
    await writeMany(tx, 'Exemplar', exemplars, { key: ['traceId', 'spanId'], action: 'ignore' });
    const versions = services.map((s) => ({
      service: s.service,
      version: s.version,
      environment: s.environment,
      firstSeen: new Date(s.lastSeen),
      lastSeen: new Date(s.lastSeen),
    }));
    await writeMany(tx, 'ServiceVersion', versions, {
      key: ['service', 'version', 'environment'],
      keep: ['firstSeen'],
    });
    return fresh.length;
  });
}

// GET /api/services/{service}/middleware/{name}: one middleware's summary (as in the
// ranking) plus its latency and occupancy histograms, a time series, the routes that hit
// it and sampled invocations, slowest first.
import { HOP_KINDS, type HopKindName } from '@hopscope/instrumentation/semconv';
import { tablesOf, type Db } from '../db/client';
import { matching, type Where } from '../db/where';
import { bucketBounds, bucketsOf, quantile, type Histogram } from '../rollup/histogram';
import { addStored, emptyTotals, HOP_COLUMNS, STORED_TOTALS_COLUMNS, type RollupTotals } from '../rollup/totals';
import { HttpError } from '../http/errors';
import type { TimeRange } from './range';
import { middlewareRanking } from './ranking';
import { scopeWhere, type Scope } from './scope';
import { covering, readCovering, steps } from './tiers';
import type { MiddlewareRow } from './types';
import { perCall, toMs } from './units';

export const DEFAULT_EXEMPLARS = 20;
export const MAX_EXEMPLARS = 200;

export type HistogramBucket = { lowerMs: number; upperMs: number; count: number };
export type SeriesPoint = {
  t: string;
  calls: number;
  occupancyMsPerCall: number | null;
  occupancyP95Ms: number | null;
  durationP95Ms: number | null;
  hopsPerCall: number | null;
};
export type RouteRow = {
  route: string;
  method: string;
  calls: number;
  occupancyMsPerCall: number | null;
  durationP95Ms: number | null;
};
export type SampledInvocation = {
  traceId: string;
  spanId: string;
  start: string;
  route: string;
  method: string;
  version: string;
  position: number | null;
  durationMs: number;
  occupancyMs: number | null;
  hops: number | null;
  blockingMaxMs: number | null;
  stallMs: number | null;
  error: string | null;
  /** The most frequent profiler stack of its longest blocking segment (folded), when profiled. */
  blockingStack: string | null;
};
export type HopKindRow = { kind: HopKindName; perCall: number };

export type MiddlewareDetail = {
  service: string;
  from: string;
  to: string;
  summary: MiddlewareRow;
  /** Hops per call by kind (measured middleware only). */
  hopKinds: HopKindRow[];
  histograms: { duration: HistogramBucket[]; occupancy: HistogramBucket[] };
  series: SeriesPoint[];
  stepSeconds: number;
  routes: RouteRow[];
  exemplars: SampledInvocation[];
};

/** The totals of `key`'s entry, made when new. */
function entryOf<K>(map: Map<K, RollupTotals>, key: K): RollupTotals {
  let t = map.get(key);
  if (t === undefined) map.set(key, (t = emptyTotals()));
  return t;
}

function buckets(h: Histogram): HistogramBucket[] {
  const out: HistogramBucket[] = h.zero > 0 ? [{ lowerMs: 0, upperMs: 0, count: h.zero }] : [];
  for (const [i, count] of bucketsOf(h)) {
    const [lower, upper] = bucketBounds(i);
    out.push({ lowerMs: lower * 1000, upperMs: upper * 1000, count });
  }
  return out;
}

/** How sampled invocations can be ordered (highest first), and the column each reads. */
export const EXEMPLAR_SORTS = {
  duration: 'duration',
  occupancy: 'occupancy',
  stall: 'stall',
  segment: 'blockingMax',
} as const;
export type ExemplarSort = keyof typeof EXEMPLAR_SORTS;

export function parseExemplarSort(value: string | null, fallback: ExemplarSort = 'duration'): ExemplarSort {
  if (value === null) return fallback;
  if (!Object.hasOwn(EXEMPLAR_SORTS, value))
    throw new HttpError(400, `sort must be one of ${Object.keys(EXEMPLAR_SORTS).join(', ')}`);
  return value as ExemplarSort;
}

export function parseExemplarLimit(value: string | null): number {
  if (value === null) return DEFAULT_EXEMPLARS;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > MAX_EXEMPLARS)
    throw new HttpError(400, `limit must be a whole number from 0 to ${MAX_EXEMPLARS}`);
  return n;
}

/** The sampled invocations meeting `where`, highest `sort` first (duration otherwise), those
 *  without the figure (plain OpenTelemetry spans) last. */
function exemplarsOf(db: Db, where: Where<'Exemplar'>, sort: ExemplarSort, limit: number) {
  let q = tablesOf(db).selectFrom('Exemplar').selectAll().where(matching(where));
  if (sort !== 'duration') q = q.orderBy(EXEMPLAR_SORTS[sort], (o) => o.desc().nullsLast());
  return q.orderBy('duration', 'desc').limit(limit).execute();
}

export async function middlewareDetail(
  db: Db,
  service: string,
  name: string,
  range: TimeRange,
  scope: Scope,
  exemplarLimit: number,
  exemplarSort: ExemplarSort = 'duration',
): Promise<MiddlewareDetail> {
  const where = { service, middleware: name, ...scopeWhere(scope) };
  const cover = covering(range);
  const step = steps(range);
  // The summary (the ranking's row); histograms and hop kinds over the range, per step, per
  // route (three reads of pre-merged rows); the sampled invocations: all at once.
  const rollups = (conditions: Where<'MiddlewareRollup'>) =>
    tablesOf(db)
      .selectFrom('MiddlewareRollup')
      .select(STORED_TOTALS_COLUMNS)
      .where(matching({ ...where, ...conditions }));
  const [ranking, totalRows, perStep, perRoute, exemplars] = await Promise.all([
    middlewareRanking(db, service, range, scope),
    readCovering(cover, (part) => rollups({ allRoutes: true, ...part }).execute()),
    rollups({ allRoutes: true, ...step.where })
      .select('bucket')
      .execute(),
    readCovering(cover, (part) =>
      rollups({ allRoutes: false, ...part })
        .select(['route', 'method'])
        .execute(),
    ),
    exemplarsOf(db, { ...where, start: { gte: range.from, lt: range.to } }, exemplarSort, exemplarLimit),
  ]);
  const summary = ranking.middleware.find((m) => m.name === name);
  if (summary === undefined) throw new HttpError(404, `service "${service}" has no middleware "${name}" in this range`);
  const totals = emptyTotals();
  for (const r of totalRows) addStored(totals, r);
  const slots = new Map<number, RollupTotals>();
  for (const r of perStep) addStored(entryOf(slots, step.slot(r.bucket)), r);
  const routes = new Map<string, { route: string; method: string; t: RollupTotals }>();
  for (const r of perRoute) {
    const key = `${r.method} ${r.route}`;
    let route = routes.get(key);
    if (route === undefined) routes.set(key, (route = { route: r.route, method: r.method, t: emptyTotals() }));
    addStored(route.t, r);
  }
  return {
    service,
    from: ranking.from,
    to: ranking.to,
    summary,
    hopKinds:
      summary.measured && summary.calls > 0
        ? HOP_KINDS.map((kind) => ({ kind, perCall: totals[HOP_COLUMNS[kind]] / summary.calls }))
        : [],
    histograms: { duration: buckets(totals.duration), occupancy: summary.measured ? buckets(totals.occupancy) : [] },
    stepSeconds: step.stepMs / 1000,
    series: [...slots.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([t, s]) => ({
        t: new Date(t).toISOString(),
        calls: s.calls,
        occupancyMsPerCall: summary.measured ? toMs(perCall(s.occupancySum, s.calls)) : null,
        occupancyP95Ms: summary.measured ? toMs(quantile(s.occupancy, 0.95)) : null,
        durationP95Ms: toMs(quantile(s.duration, 0.95)),
        hopsPerCall: summary.measured ? perCall(s.hops, s.calls) : null,
      })),
    routes: [...routes.values()]
      .map(({ route, method, t }) => ({
        route,
        method,
        calls: t.calls,
        occupancyMsPerCall: summary.measured ? toMs(perCall(t.occupancySum, t.calls)) : null,
        durationP95Ms: toMs(quantile(t.duration, 0.95)),
      }))
      .sort((a, b) => b.calls - a.calls),
    exemplars: exemplars.map((e) => ({
      traceId: e.traceId,
      spanId: e.spanId,
      start: e.start.toISOString(),
      route: e.route,
      method: e.method,
      version: e.version,
      position: e.position,
      durationMs: e.duration * 1000,
      occupancyMs: toMs(e.occupancy),
      hops: e.hops,
      blockingMaxMs: toMs(e.blockingMax),
      stallMs: toMs(e.stall),
      error: e.error,
      blockingStack: e.blockingStack,
    })),
  };
}

// GET /api/services/{service}/middleware/{name}: one middleware's summary (as in the
// ranking) plus its latency and occupancy histograms, a time series, the routes that hit
// it and sampled invocations, slowest first.
import { HOP_KINDS, type HopKindName } from '../contract';
import type { Db } from '../db/client';
import { bucketBounds, emptyHistogram, mergeSerialized, quantile, type Histogram } from '../rollup/histogram';
import { QueryError } from './errors';
import type { TimeRange } from './range';
import { middlewareRanking } from './ranking';
import { scopeWhere, type Scope } from './scope';
import { covering, readCovering, steps } from './tiers';
import type { MiddlewareRow } from './types';

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
export type RouteRow = { route: string; method: string; calls: number; occupancyMsPerCall: number | null; durationP95Ms: number | null };
export type ExemplarRow = {
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
  exemplars: ExemplarRow[];
};

const toMs = (s: number | undefined) => (s === undefined ? null : s * 1000);
const orNull = (v: number | null | undefined) => (v === null || v === undefined || !Number.isFinite(v) ? null : v);

function buckets(h: Histogram): HistogramBucket[] {
  const out: HistogramBucket[] = h.zero > 0 ? [{ lowerMs: 0, upperMs: 0, count: h.zero }] : [];
  for (const i of [...h.buckets.keys()].sort((a, b) => a - b)) {
    const [lower, upper] = bucketBounds(i);
    out.push({ lowerMs: lower * 1000, upperMs: upper * 1000, count: h.buckets.get(i)! });
  }
  return out;
}

export function parseExemplarLimit(value: string | null): number {
  if (value === null) return DEFAULT_EXEMPLARS;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > MAX_EXEMPLARS) throw new QueryError(400, `limit must be a whole number from 0 to ${MAX_EXEMPLARS}`);
  return n;
}

export async function middlewareDetail(
  db: Db,
  service: string,
  name: string,
  range: TimeRange,
  scope: Scope,
  exemplarLimit: number,
): Promise<MiddlewareDetail> {
  const ranking = await middlewareRanking(db, service, range, scope);
  const summary = ranking.middleware.find((m) => m.name === name);
  if (summary === undefined) throw new QueryError(404, `service "${service}" has no middleware "${name}" in this range`);
  const where = { service, middleware: name, ...scopeWhere(scope) };
  const cover = covering(range);
  const step = steps(range);
  // Histograms and hop kinds over the range, per step, per route: three reads of pre-merged rows.
  const [totals, perStep, perRoute] = await Promise.all([
    readCovering(cover, (part) =>
      db.middlewareRollup.findMany({
        where: { ...where, allRoutes: true, ...part },
        select: { hopsMicrotask: true, hopsIo: true, hopsThreadpool: true, hopsWorker: true, hopsThread: true, durationHist: true, occupancyHist: true },
      }),
    ),
    db.middlewareRollup.findMany({
      where: { ...where, allRoutes: true, ...step.where },
      select: { bucket: true, calls: true, occupancySum: true, hops: true, durationHist: true, occupancyHist: true },
      orderBy: { bucket: 'asc' },
    }),
    readCovering(cover, (part) =>
      db.middlewareRollup.findMany({
        where: { ...where, allRoutes: false, ...part },
        select: { route: true, method: true, calls: true, occupancySum: true, durationHist: true },
      }),
    ),
  ]);
  const duration = emptyHistogram();
  const occupancy = emptyHistogram();
  const kinds: Record<HopKindName, number> = { microtask: 0, io: 0, threadpool: 0, worker: 0, thread: 0 };
  for (const r of totals) {
    kinds.microtask += r.hopsMicrotask;
    kinds.io += r.hopsIo;
    kinds.threadpool += r.hopsThreadpool;
    kinds.worker += r.hopsWorker;
    kinds.thread += r.hopsThread;
    mergeSerialized(duration, r.durationHist);
    mergeSerialized(occupancy, r.occupancyHist);
  }
  type Acc = { calls: number; occ: number; hops: number; d: Histogram; o: Histogram };
  const slots = new Map<number, Acc>();
  for (const r of perStep) {
    const t = step.slot(r.bucket);
    let s = slots.get(t);
    if (s === undefined) slots.set(t, (s = { calls: 0, occ: 0, hops: 0, d: emptyHistogram(), o: emptyHistogram() }));
    s.calls += r.calls;
    s.occ += r.occupancySum;
    s.hops += r.hops;
    mergeSerialized(s.d, r.durationHist);
    mergeSerialized(s.o, r.occupancyHist);
  }
  const routes = new Map<string, RouteRow & { occ: number; d: Histogram }>();
  for (const r of perRoute) {
    const rk = `${r.method} ${r.route}`;
    let route = routes.get(rk);
    if (route === undefined) {
      routes.set(rk, (route = { route: r.route, method: r.method, calls: 0, occupancyMsPerCall: null, durationP95Ms: null, occ: 0, d: emptyHistogram() }));
    }
    route.calls += r.calls;
    route.occ += r.occupancySum;
    mergeSerialized(route.d, r.durationHist);
  }
  const exemplars = await db.exemplar.findMany({
    where: { ...where, start: { gte: range.from, lt: range.to } },
    orderBy: { duration: 'desc' },
    take: exemplarLimit,
  });
  return {
    service,
    from: ranking.from,
    to: ranking.to,
    summary,
    hopKinds: summary.measured && summary.calls > 0
      ? HOP_KINDS.map((kind) => ({ kind, perCall: kinds[kind] / summary.calls }))
      : [],
    histograms: { duration: buckets(duration), occupancy: summary.measured ? buckets(occupancy) : [] },
    stepSeconds: step.stepMs / 1000,
    series: [...slots.entries()].map(([t, s]) => ({
      t: new Date(t).toISOString(),
      calls: s.calls,
      occupancyMsPerCall: summary.measured && s.calls > 0 ? (s.occ / s.calls) * 1000 : null,
      occupancyP95Ms: summary.measured ? toMs(quantile(s.o, 0.95)) : null,
      durationP95Ms: toMs(quantile(s.d, 0.95)),
      hopsPerCall: summary.measured && s.calls > 0 ? s.hops / s.calls : null,
    })),
    routes: [...routes.values()]
      .map(({ occ, d, ...r }) => ({
        ...r,
        occupancyMsPerCall: summary.measured && r.calls > 0 ? (occ / r.calls) * 1000 : null,
        durationP95Ms: toMs(quantile(d, 0.95)),
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
      occupancyMs: orNull(e.occupancy === null ? null : e.occupancy * 1000),
      hops: e.hops,
      blockingMaxMs: orNull(e.blockingMax === null ? null : e.blockingMax * 1000),
      stallMs: orNull(e.stall === null ? null : e.stall * 1000),
      error: e.error,
    })),
  };
}

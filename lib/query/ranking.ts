// GET /api/services/{service}/middleware: every middleware of a service over a range,
// ranked by total occupancy (thread time), with the concurrency ceiling it implies.
import type { Db } from '../db/client';
import { countOf, emptyHistogram, mergeSerialized, quantile, type Histogram } from '../rollup/histogram';
import type { TimeRange } from './range';
import { checkScope, scopeWhere, type Scope } from './scope';
import { eventLoop } from './services';
import { covering, readCovering } from './tiers';
import { middlewareKey, type MiddlewareRanking, type MiddlewareRow } from './types';

type Totals = {
  name: string;
  framework: string;
  measured: boolean;
  calls: number;
  errors: number;
  occupancySum: number;
  durationSum: number;
  hops: number;
  hopsThreadpool: number;
  blockingCount: number;
  stallSum: number;
  duration: Histogram;
  occupancy: Histogram;
};

const POSITION_WINDOW_MS = 3_600_000;
const ms = (seconds: number | undefined) => (seconds === undefined ? null : seconds * 1000);
const perCall = (v: number, calls: number) => (calls > 0 ? v / calls : null);

/** Each middleware's mean place in the chain, from exemplars. Places do not drift, so the
 *  last hour the scope sent data in (within the range) tells them: cheap on a week of exemplars. */
async function chainPositions(db: Db, service: string, range: TimeRange, scope: Scope, lastSeen: Date): Promise<Map<string, number | null>> {
  const to = Math.min(range.to.getTime(), lastSeen.getTime() + 1);
  const from = Math.max(range.from.getTime(), to - POSITION_WINDOW_MS);
  const positions = await db.exemplar.groupBy({
    by: ['middleware'],
    where: { service, start: { gte: new Date(from), lt: new Date(to) }, ...scopeWhere(scope) },
    _avg: { position: true },
  });
  return new Map(positions.map((p) => [p.middleware, p._avg.position]));
}

export async function middlewareRanking(db: Db, service: string, asked: TimeRange, scope: Scope): Promise<MiddlewareRanking> {
  const lastSeen = await checkScope(db, service, scope);
  const cover = covering(asked);
  const range = { from: cover.from, to: asked.to };
  const positionOf = await chainPositions(db, service, range, scope, lastSeen);
  const rows = await readCovering(cover, (part) =>
    db.middlewareRollup.findMany({
      where: { service, allRoutes: true, ...part, ...scopeWhere(scope) },
      select: {
        middleware: true,
        framework: true,
        measured: true,
        calls: true,
        errors: true,
        occupancySum: true,
        durationSum: true,
        hops: true,
        hopsThreadpool: true,
        blockingCount: true,
        stallSum: true,
        durationHist: true,
        occupancyHist: true,
      },
    }),
  );
  const totals = new Map<string, Totals>();
  for (const r of rows) {
    const key = middlewareKey(r.framework, r.middleware);
    let t = totals.get(key);
    if (t === undefined) {
      t = {
        name: r.middleware,
        framework: r.framework,
        measured: false,
        calls: 0,
        errors: 0,
        occupancySum: 0,
        durationSum: 0,
        hops: 0,
        hopsThreadpool: 0,
        blockingCount: 0,
        stallSum: 0,
        duration: emptyHistogram(),
        occupancy: emptyHistogram(),
      };
      totals.set(key, t);
    }
    t.measured ||= r.measured;
    t.calls += r.calls;
    t.errors += r.errors;
    t.occupancySum += r.occupancySum;
    t.durationSum += r.durationSum;
    t.hops += r.hops;
    t.hopsThreadpool += r.hopsThreadpool;
    t.blockingCount += r.blockingCount;
    t.stallSum += r.stallSum;
    mergeSerialized(t.duration, r.durationHist);
    mergeSerialized(t.occupancy, r.occupancyHist);
  }
  const list = [...totals.values()];
  // Every request passes the busiest middleware; its calls stand for the request count.
  const requests = Math.max(0, ...list.map((t) => t.calls));
  const totalOccupancy = list.reduce((s, t) => s + t.occupancySum, 0);
  const ceiling = (occupancy: number) => (occupancy > 0 && requests > 0 ? requests / occupancy : null);
  const middleware: MiddlewareRow[] = list
    .map((t) => ({
      name: t.name,
      framework: t.framework,
      calls: t.calls,
      errors: t.errors,
      durationP50Ms: ms(quantile(t.duration, 0.5)),
      durationP95Ms: ms(quantile(t.duration, 0.95)),
      durationP99Ms: ms(quantile(t.duration, 0.99)),
      durationMsPerCall: ms(perCall(t.durationSum, t.calls) ?? undefined),
      occupancyP50Ms: t.measured && countOf(t.occupancy) > 0 ? ms(quantile(t.occupancy, 0.5)) : null,
      occupancyP95Ms: t.measured && countOf(t.occupancy) > 0 ? ms(quantile(t.occupancy, 0.95)) : null,
      occupancyMsPerCall: t.measured ? ms(perCall(t.occupancySum, t.calls) ?? undefined) : null,
      occupancyShare: t.measured && totalOccupancy > 0 ? t.occupancySum / totalOccupancy : null,
      hopsPerCall: t.measured ? perCall(t.hops, t.calls) : null,
      threadpoolHopsPerCall: t.measured ? perCall(t.hopsThreadpool, t.calls) : null,
      blockingCount: t.blockingCount,
      stallMs: t.stallSum * 1000,
      ceilingWithoutRps: t.measured ? ceiling(totalOccupancy - t.occupancySum) : null,
      measured: t.measured,
      position: positionOf.get(t.name) ?? null,
      sortKey: t.measured ? t.occupancySum : -1,
    }))
    .sort((a, b) => b.sortKey - a.sortKey || b.calls - a.calls)
    .map(({ sortKey: _s, ...row }) => row);
  return {
    service,
    version: scope.version,
    environment: scope.environment,
    from: range.from.toISOString(),
    to: range.to.toISOString(),
    ceilingRps: ceiling(totalOccupancy),
    eventLoop: await eventLoop(db, service, range, scope),
    middleware,
  };
}

// GET /api/services/{service}/middleware: every middleware of a service over a range,
// ranked by total occupancy (thread time), with the concurrency ceiling it implies.
import type { Db } from '../db/client';
import { aggregateWhere, readWhere } from '../db/rows';
import { countOf, quantile } from '../rollup/histogram';
import { addStored, emptyTotals, STORED_TOTALS_COLUMNS, type RollupTotals, type StoredTotals } from '../rollup/totals';
import type { TimeRange } from './range';
import { checkScope, scopeWhere, type Scope } from './scope';
import { runtimeOf } from './services';
import { covering, readCovering } from './tiers';
import { middlewareKey, type Ceiling, type MiddlewareRanking, type MiddlewareRow } from './types';
import { perCall, toMs } from './units';

const POSITION_WINDOW_MS = 3_600_000;

/** Whether a producer reported the shared sync thread for these calls (Django does, for each). */
const reportsThread = (t: RollupTotals) => countOf(t.threadHeld) > 0;

/** The ceilings `requests` imply over a range with this much occupancy and thread held (s). */
function ceiling(requests: number, occupancy: number, held: number): Ceiling {
  const eventLoopRps = occupancy > 0 && requests > 0 ? requests / occupancy : null;
  const syncThreadRps = held > 0 && requests > 0 ? requests / held : null;
  const binding = syncThreadRps !== null && (eventLoopRps === null || syncThreadRps < eventLoopRps) ? 'sync-thread' : eventLoopRps !== null ? 'event-loop' : null;
  return { eventLoopRps, syncThreadRps, binding };
}

/** The ceiling that binds: requests/s the service can serve at most. */
const bindingRps = (c: Ceiling) => (c.binding === 'sync-thread' ? c.syncThreadRps : c.eventLoopRps);

/** Each middleware's mean place in the chain, from exemplars. Places do not drift, so the
 *  last hour the scope sent data in (within the range) tells them: cheap on a week of exemplars. */
async function chainPositions(db: Db, service: string, range: TimeRange, scope: Scope, lastSeen: Date): Promise<Map<string, number | null>> {
  const to = Math.min(range.to.getTime(), lastSeen.getTime() + 1);
  const from = Math.max(range.from.getTime(), to - POSITION_WINDOW_MS);
  const positions = await aggregateWhere(db, 'Exemplar', { by: 'middleware', avg: ['position'] }, {
    service,
    start: { gte: new Date(from), lt: new Date(to) },
    ...scopeWhere(scope),
  });
  return new Map(positions.map((p) => [p.by!, p.values.position]));
}

export async function middlewareRanking(db: Db, service: string, asked: TimeRange, scope: Scope): Promise<MiddlewareRanking> {
  const lastSeen = await checkScope(db, service, scope);
  const cover = covering(asked);
  const range = { from: cover.from, to: asked.to };
  // Three independent reads, at once: together they are most of the answer's time.
  const [positionOf, rows, runtime] = await Promise.all([
    chainPositions(db, service, range, scope, lastSeen),
    readCovering(cover, (part) =>
      readWhere<StoredTotals & { middleware: string; framework: string }>(db, 'MiddlewareRollup', ['middleware', 'framework', ...STORED_TOTALS_COLUMNS], {
        service,
        allRoutes: true,
        ...part,
        ...scopeWhere(scope),
      }),
    ),
    runtimeOf(db, service, range, scope),
  ]);
  const totals = new Map<string, { name: string; framework: string; t: RollupTotals }>();
  for (const r of rows) {
    const key = middlewareKey(r.framework, r.middleware);
    let entry = totals.get(key);
    if (entry === undefined) totals.set(key, (entry = { name: r.middleware, framework: r.framework, t: emptyTotals() }));
    addStored(entry.t, r);
  }
  const list = [...totals.values()];
  // Every request passes the busiest middleware; its calls stand for the request count.
  const requests = Math.max(0, ...list.map((m) => m.t.calls));
  const totalOccupancy = list.reduce((s, m) => s + m.t.occupancySum, 0);
  const totalHeld = list.reduce((s, m) => s + m.t.threadHeldSum, 0);
  const serviceCeiling = ceiling(requests, totalOccupancy, totalHeld);
  const middleware: MiddlewareRow[] = list
    .map(({ name, framework, t }) => ({
      name,
      framework,
      calls: t.calls,
      errors: t.errors,
      durationP50Ms: toMs(quantile(t.duration, 0.5)),
      durationP95Ms: toMs(quantile(t.duration, 0.95)),
      durationP99Ms: toMs(quantile(t.duration, 0.99)),
      durationMsPerCall: toMs(perCall(t.durationSum, t.calls)),
      occupancyP50Ms: t.measured && countOf(t.occupancy) > 0 ? toMs(quantile(t.occupancy, 0.5)) : null,
      occupancyP95Ms: t.measured && countOf(t.occupancy) > 0 ? toMs(quantile(t.occupancy, 0.95)) : null,
      occupancyMsPerCall: t.measured ? toMs(perCall(t.occupancySum, t.calls)) : null,
      occupancyShare: t.measured && totalOccupancy > 0 ? t.occupancySum / totalOccupancy : null,
      hopsPerCall: t.measured ? perCall(t.hops, t.calls) : null,
      threadpoolHopsPerCall: t.measured ? perCall(t.hopsThreadpool, t.calls) : null,
      blockingCount: t.blockingCount,
      stallMs: t.stallSum * 1000,
      threadHeldMsPerCall: reportsThread(t) ? toMs(perCall(t.threadHeldSum, t.calls)) : null,
      threadHeldP95Ms: reportsThread(t) ? toMs(quantile(t.threadHeld, 0.95)) : null,
      threadWaitMsPerCall: reportsThread(t) ? toMs(perCall(t.threadWaitSum, t.calls)) : null,
      threadWaitP95Ms: reportsThread(t) ? toMs(quantile(t.threadWait, 0.95)) : null,
      ceilingWithoutRps: t.measured ? bindingRps(ceiling(requests, totalOccupancy - t.occupancySum, totalHeld - t.threadHeldSum)) : null,
      measured: t.measured,
      position: positionOf.get(name) ?? null,
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
    ceilingRps: bindingRps(serviceCeiling),
    ceiling: serviceCeiling,
    ...runtime,
    middleware,
  };
}

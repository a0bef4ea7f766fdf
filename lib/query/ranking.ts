// GET /api/services/{service}/middleware: every middleware of a service over a range,
// ranked by total occupancy (thread time; the framework's own steps last), with the
// concurrency ceiling it implies (ceiling.ts).
import { isFrameworkStep } from '@hopscope/instrumentation/semconv';
import { tablesOf, type Db } from '../db/client';
import { matching } from '../db/where';
import { countOf, quantile } from '../rollup/histogram';
import { addStored, emptyTotals, STORED_TOTALS_COLUMNS, type RollupTotals } from '../rollup/totals';
import type { TimeRange } from './range';
import { checkScope, scopeWhere, type Scope } from './scope';
import { bindingRps, ceilingOf, usageWithout, type Share, type Usage } from './ceiling';
import { runtimeOf, type RuntimeUse } from './services';
import { covering, readCovering } from './tiers';
import { middlewareKey, type MiddlewareRanking, type MiddlewareRow, type ResourceUse } from './types';
import { perCall, toMs } from './units';

const POSITION_WINDOW_MS = 3_600_000;

/** Whether a producer reported the shared sync thread for these calls (Django does, for each). */
const reportsThread = (t: RollupTotals) => countOf(t.threadHeld) > 0;

/** Each middleware's mean place in the chain, from exemplars. Places do not drift, so the
 *  last hour the scope sent data in (within the range) tells them: cheap on a week of exemplars. */
async function chainPositions(
  db: Db,
  service: string,
  range: TimeRange,
  scope: Scope,
  lastSeen: Date,
): Promise<Map<string, number | null>> {
  const to = Math.min(range.to.getTime(), lastSeen.getTime() + 1);
  const from = Math.max(range.from.getTime(), to - POSITION_WINDOW_MS);
  const positions = await tablesOf(db)
    .selectFrom('Exemplar')
    .select((eb) => ['middleware', eb.fn.avg<number | null>('position').as('position')])
    .where(matching({ service, start: { gte: new Date(from), lt: new Date(to) }, ...scopeWhere(scope) }))
    .groupBy('middleware')
    .execute();
  return new Map(positions.map((p) => [p.middleware, p.position === null ? null : Number(p.position)]));
}

export async function middlewareRanking(
  db: Db,
  service: string,
  asked: TimeRange,
  scope: Scope,
): Promise<MiddlewareRanking> {
  const lastSeen = await checkScope(db, service, scope);
  const cover = covering(asked);
  const range = { from: cover.from, to: asked.to };
  // Three independent reads, at once: together they are most of the answer's time.
  const [positionOf, rows, runtime] = await Promise.all([
    chainPositions(db, service, range, scope, lastSeen),
    readCovering(cover, (part) =>
      tablesOf(db)
        .selectFrom('MiddlewareRollup')
        .select(['middleware', 'framework', ...STORED_TOTALS_COLUMNS])
        .where(matching({ service, allRoutes: true, ...part, ...scopeWhere(scope) }))
        .execute(),
    ),
    runtimeOf(db, service, range, scope),
  ]);
  const totals = new Map<string, { name: string; framework: string; t: RollupTotals }>();
  for (const r of rows) {
    const key = middlewareKey(r.framework, r.middleware);
    let entry = totals.get(key);
    if (entry === undefined)
      totals.set(key, (entry = { name: r.middleware, framework: r.framework, t: emptyTotals() }));
    addStored(entry.t, r);
  }
  const list = [...totals.values()];
  const sum = (f: (t: RollupTotals) => number) => list.reduce((s, m) => s + f(m.t), 0);
  const totalOccupancy = sum((t) => t.occupancySum);
  const totalPoolHops = sum((t) => t.threadpoolSum);
  const { use, ...gauges } = runtime;
  // A hold binds as a queue only where requests share one sync thread (Django 3.x); with a
  // thread per request (4.0+) it costs threads, and the CPU under the GIL binds instead.
  // Starlette's thread held is a pool thread's: the pool is its resource.
  const shared = gauges.syncThread.model === 'shared';
  const usage = usageOf(
    use,
    Math.max(0, ...list.map((m) => m.t.calls)),
    totalOccupancy,
    shared ? sum((t) => t.threadHeldSum) : 0,
  );
  const serviceCeiling = ceilingOf(usage);
  // Occupancy is wall time: where the loop's thread waited for a core, its own need is less.
  const loopNeed = use.loopBusy !== null && use.loopBusy > 0 ? usage.loop / use.loopBusy : 1;
  // Where the middleware's wall time adds up to more than the CPU used (threads waiting for
  // Python's GIL), what each used of the CPU is less than its wall time, alike.
  const demand = totalOccupancy * loopNeed + (usage.pool ?? 0);
  const cpuNeed = usage.cpu !== null && demand > usage.cpu ? usage.cpu / demand : 1;
  const shareOf = (t: RollupTotals): Share => {
    const loop = t.occupancySum * loopNeed;
    // A middleware's part of the pool's busy time: its share of all pool hop time.
    const pool = usage.pool !== null && totalPoolHops > 0 ? (usage.pool * t.threadpoolSum) / totalPoolHops : 0;
    return { loop, pool, cpu: (loop + pool) * cpuNeed, held: shared ? t.threadHeldSum : 0 };
  };
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
      ceilingWithoutRps:
        t.measured && !isFrameworkStep(framework, name) ? bindingRps(ceilingOf(usageWithout(usage, shareOf(t)))) : null,
      frameworkStep: isFrameworkStep(framework, name),
      measured: t.measured,
      position: positionOf.get(name) ?? null,
      sortKey: t.measured ? t.occupancySum : -1,
    }))
    // The team's middleware by total thread time, then the framework's own steps: a ranking
    // of what to fix does not lead with what cannot be removed.
    .sort((a, b) => Number(a.frameworkStep) - Number(b.frameworkStep) || b.sortKey - a.sortKey || b.calls - a.calls)
    .map(({ sortKey: _s, ...row }) => row);
  return {
    service,
    version: scope.version,
    environment: scope.environment,
    from: range.from.toISOString(),
    to: range.to.toISOString(),
    ceilingRps: bindingRps(serviceCeiling),
    ceiling: serviceCeiling,
    resources: resourceUse(usage),
    ...gauges,
    middleware,
  };
}

/**
 * The ceiling's inputs over the range. Producers that report what their requests used
 * (@hopscope/instrumentation, hopscope_django, hopscope_starlette) give the requests, the loop's busy time, the
 * pool's and the CPU's; for older ones or plain OpenTelemetry the busiest middleware's
 * calls stand for the requests and the middleware's occupancy for the loop's time. The
 * loop's need is its busy time less the time its thread waited for a core (that wait is
 * the CPU's limit, which the CPU's ceiling counts).
 */
function usageOf(use: RuntimeUse, busiestCalls: number, occupancy: number, held: number): Usage {
  return {
    requests: use.requests ?? busiestCalls,
    loop: use.loopBusy === null ? occupancy : Math.max(0, use.loopBusy - (use.loopPreempted ?? 0)),
    pool: use.poolBusy,
    poolThreads: use.poolSize,
    cpu: use.cpuTime,
    cores: use.cores,
    held,
  };
}

function resourceUse(u: Usage): ResourceUse {
  const perRequest = (s: number | null) => (s === null || u.requests <= 0 ? null : (s / u.requests) * 1000);
  return {
    loopMsPerRequest: perRequest(u.loop),
    poolMsPerRequest: perRequest(u.pool),
    poolThreads: u.poolThreads,
    cpuMsPerRequest: perRequest(u.cpu),
    cores: u.cores,
  };
}

// The service page's time series: per step, requests (calls of the busiest middleware),
// thread time and time in middleware per request, hops per request, and the event loop's
// delay p99 — at most MAX_SERIES_POINTS steps (tiers.ts).
import type { Db } from '../db/client';
import type { TimeRange } from './range';
import { scopeWhere, type Scope } from './scope';
import { steps as stepsOf } from './tiers';

export type ServicePoint = {
  t: string;
  requests: number;
  occupancyMsPerRequest: number | null;
  middlewareMsPerRequest: number | null;
  hopsPerRequest: number | null;
  eventLoopDelayP99Ms: number | null;
};

export async function serviceSeries(db: Db, service: string, range: TimeRange, scope: Scope): Promise<ServicePoint[]> {
  const step = stepsOf(range);
  const where = { service, ...scopeWhere(scope) };
  const [rows, runtime] = await Promise.all([
    db.middlewareRollup.groupBy({
      by: ['bucket', 'middleware'],
      where: { ...where, ...step.where, allRoutes: true },
      _sum: { calls: true, occupancySum: true, durationSum: true, hops: true },
    }),
    db.runtimeRollup.groupBy({ by: ['bucket'], where: { ...where, bucket: step.where.bucket }, _sum: { delayP99Sum: true, delayCount: true } }),
  ]);
  const at = step.slot;
  type Acc = { busiest: Map<string, number>; occ: number; dur: number; hops: number; delay: number; delayN: number };
  const steps = new Map<number, Acc>();
  const acc = (t: number) => {
    let a = steps.get(t);
    if (a === undefined) steps.set(t, (a = { busiest: new Map(), occ: 0, dur: 0, hops: 0, delay: 0, delayN: 0 }));
    return a;
  };
  for (const r of rows) {
    const a = acc(at(r.bucket));
    a.busiest.set(r.middleware, (a.busiest.get(r.middleware) ?? 0) + (r._sum.calls ?? 0));
    a.occ += r._sum.occupancySum ?? 0;
    a.dur += r._sum.durationSum ?? 0;
    a.hops += r._sum.hops ?? 0;
  }
  for (const r of runtime) {
    const a = acc(at(r.bucket));
    a.delay += r._sum.delayP99Sum ?? 0;
    a.delayN += r._sum.delayCount ?? 0;
  }
  return [...steps.entries()]
    .sort((x, y) => x[0] - y[0])
    .map(([t, a]) => {
      const requests = Math.max(0, ...a.busiest.values());
      const per = (v: number) => (requests > 0 ? v / requests : null);
      return {
        t: new Date(t).toISOString(),
        requests,
        occupancyMsPerRequest: requests > 0 ? (a.occ / requests) * 1000 : null,
        middlewareMsPerRequest: requests > 0 ? (a.dur / requests) * 1000 : null,
        hopsPerRequest: per(a.hops),
        eventLoopDelayP99Ms: a.delayN > 0 ? (a.delay / a.delayN) * 1000 : null,
      };
    });
}

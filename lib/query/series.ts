// The service page's time series: per step, requests (as the producers count them, or for
// older producers and plain OpenTelemetry the calls of the busiest middleware: two
// middleware may run once each per request, or one twice),
// thread time and time in middleware per request, hops per request, and the event loop's
// delay p99 — at most MAX_SERIES_POINTS steps (tiers.ts).
import { providerOf, tablesOf, type Db } from '../db/client';
import { stepSlot } from '../db/step-slot';
import { matching } from '../db/where';
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
  const slot = stepSlot(providerOf(db), step.origin, step.stepMs).as('slot');
  const within = { ...scopeWhere(scope), bucket: { gte: step.where.bucket.gte, lt: range.to } };
  const tables = tablesOf(db);
  const [rows, runtime] = await Promise.all([
    tables
      .selectFrom('MiddlewareRollup')
      .select(({ fn }) => [
        slot,
        'middleware',
        fn.sum<number>('calls').as('calls'),
        fn.sum<number>('occupancySum').as('occupancy'),
        fn.sum<number>('durationSum').as('duration'),
        fn.sum<number>('hops').as('hops'),
      ])
      .where(matching({ service, allRoutes: true, tier: step.where.tier, ...within }))
      .groupBy(['slot', 'middleware'])
      .execute(),
    tables
      .selectFrom('RuntimeRollup')
      .select(({ fn }) => [
        slot,
        fn.sum<number>('delayP99Sum').as('delay'),
        fn.sum<number>('delayCount').as('delayN'),
        fn.sum<number>('requestsSum').as('requests'),
        fn.sum<number>('requestsCount').as('requestsN'),
      ])
      .where(matching({ service, ...within }))
      .groupBy('slot')
      .execute(),
  ]);
  type Acc = {
    busiest: Map<string, number>;
    occ: number;
    dur: number;
    hops: number;
    delay: number;
    delayN: number;
    requests: number;
    requestsN: number;
  };
  const steps = new Map<number, Acc>();
  const acc = (slot: number) => {
    const t = step.origin + slot * step.stepMs;
    let a = steps.get(t);
    if (a === undefined)
      steps.set(
        t,
        (a = { busiest: new Map(), occ: 0, dur: 0, hops: 0, delay: 0, delayN: 0, requests: 0, requestsN: 0 }),
      );
    return a;
  };
  for (const r of rows) {
    const a = acc(r.slot);
    a.busiest.set(r.middleware, (a.busiest.get(r.middleware) ?? 0) + r.calls);
    a.occ += r.occupancy;
    a.dur += r.duration;
    a.hops += r.hops;
  }
  for (const r of runtime) {
    const a = acc(r.slot);
    a.delay += r.delay;
    a.delayN += r.delayN;
    a.requests += r.requests;
    a.requestsN += r.requestsN;
  }
  return [...steps.entries()]
    .sort((x, y) => x[0] - y[0])
    .map(([t, a]) => {
      const requests = a.requestsN > 0 ? a.requests : Math.max(0, ...a.busiest.values());
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

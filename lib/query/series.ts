// The service page's time series: per step, requests (as the producers count them, or for
// older producers and plain OpenTelemetry the calls of the busiest middleware: two
// middleware may run once each per request, or one twice),
// thread time and time in middleware per request, hops per request, and the event loop's
// delay p99 — at most MAX_SERIES_POINTS steps (tiers.ts).
import type { Db } from '../db/client';
import { sumPerStep } from '../db/rows';
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
  const equal = { service, ...scopeWhere(scope) };
  const window = {
    from: step.where.bucket.gte.getTime(),
    to: range.to.getTime(),
    origin: step.origin,
    stepMs: step.stepMs,
  };
  const [rows, runtime] = await Promise.all([
    sumPerStep(db, 'MiddlewareRollup', {
      ...window,
      by: 'middleware',
      sums: ['calls', 'occupancySum', 'durationSum', 'hops'],
      equal: { ...equal, allRoutes: true, tier: step.where.tier },
    }),
    sumPerStep(db, 'RuntimeRollup', {
      ...window,
      sums: ['delayP99Sum', 'delayCount', 'requestsSum', 'requestsCount'],
      equal,
    }),
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
  for (const { slot, by, sums } of rows) {
    const a = acc(slot);
    const [calls, occ, dur, hops] = sums;
    a.busiest.set(by!, (a.busiest.get(by!) ?? 0) + calls);
    a.occ += occ;
    a.dur += dur;
    a.hops += hops;
  }
  for (const { slot, sums } of runtime) {
    const a = acc(slot);
    a.delay += sums[0];
    a.delayN += sums[1];
    a.requests += sums[2];
    a.requestsN += sums[3];
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

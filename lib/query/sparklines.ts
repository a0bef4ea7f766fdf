// The ranking table's sparklines: each middleware's occupancy per call over the range, in
// at most SPARKLINE_POINTS steps, from the same pre-merged rows as the charts (tiers.ts).
import { tablesOf, type Db } from '../db/client';
import { matching } from '../db/where';
import type { TimeRange } from './range';
import { scopeWhere, type Scope } from './scope';
import { steps } from './tiers';
import { middlewareKey, type Sparklines } from './types';

export const SPARKLINE_POINTS = 30;

export async function occupancySparklines(
  db: Db,
  service: string,
  range: TimeRange,
  scope: Scope,
): Promise<Sparklines> {
  const step = steps(range, Date.now(), SPARKLINE_POINTS);
  const rows = await tablesOf(db)
    .selectFrom('MiddlewareRollup')
    .select(({ fn }) => [
      'bucket',
      'middleware',
      'framework',
      fn.sum<number>('calls').as('calls'),
      fn.sum<number>('occupancySum').as('occupancy'),
    ])
    .where(matching({ service, allRoutes: true, measured: true, ...step.where, ...scopeWhere(scope) }))
    .groupBy(['bucket', 'middleware', 'framework'])
    .execute();
  const length = Math.max(1, Math.ceil((range.to.getTime() - step.origin) / step.stepMs));
  const sums = new Map<string, { calls: number[]; occupancy: number[] }>();
  for (const r of rows) {
    const key = middlewareKey(r.framework, r.middleware);
    let s = sums.get(key);
    if (s === undefined)
      sums.set(key, (s = { calls: new Array<number>(length).fill(0), occupancy: new Array<number>(length).fill(0) }));
    const i = Math.min(length - 1, (step.slot(r.bucket) - step.origin) / step.stepMs);
    s.calls[i] += r.calls;
    s.occupancy[i] += r.occupancy;
  }
  const out: Sparklines = {};
  for (const [key, s] of sums)
    out[key] = s.calls.map((calls, i) => (calls > 0 ? (s.occupancy[i] / calls) * 1000 : null));
  return out;
}

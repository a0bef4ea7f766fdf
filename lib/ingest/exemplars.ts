// Which sampled invocations are kept for drill-down: per service, middleware and minute,
// the slowest few and a few more picked at random, so the drill-down shows the worst
// cases and what is typical. "At random" is by span id (random already), so a retried
// export picks the same ones and stores nothing new.
import { minuteOf, type ExemplarRow } from './batch';

export const SLOWEST_PER_MINUTE = 5;
export const RANDOM_PER_MINUTE = 3;

export function selectExemplars(rows: ExemplarRow[], slowest = SLOWEST_PER_MINUTE, random = RANDOM_PER_MINUTE): ExemplarRow[] {
  const groups = new Map<string, ExemplarRow[]>();
  for (const r of rows) {
    const k = `${r.service}\u0000${r.middleware}\u0000${minuteOf(r.start.getTime())}`;
    const g = groups.get(k);
    if (g === undefined) groups.set(k, [r]);
    else g.push(r);
  }
  const kept: ExemplarRow[] = [];
  for (const g of groups.values()) {
    g.sort((a, b) => b.duration - a.duration);
    kept.push(...g.slice(0, slowest));
    const rest = g.slice(slowest).sort((a, b) => (a.spanId < b.spanId ? -1 : 1));
    kept.push(...rest.slice(0, random));
  }
  return kept;
}

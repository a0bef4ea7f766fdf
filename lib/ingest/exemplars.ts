// Which sampled invocations are kept for drill-down, per service and minute:
// - whole requests (every middleware span of the trace), the slowest few and a few more
//   picked at random, so a request's chain can be shown as a timeline;
// - and per middleware its slowest few spans, so its worst cases are there even when
//   their requests were not among those kept.
// "At random" is by id (random already), so a retried export picks the same ones and
// stores nothing new. Storage grows with middleware × minutes, not with requests.
import { minuteOf, type ExemplarRow } from './batch';

export const SLOWEST_TRACES = 3;
export const RANDOM_TRACES = 2;
export const SLOWEST_PER_MIDDLEWARE = 3;

function groupBy<T>(items: T[], key: (t: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const g = groups.get(k);
    if (g === undefined) groups.set(k, [item]);
    else g.push(item);
  }
  return groups;
}

export function selectExemplars(rows: ExemplarRow[]): ExemplarRow[] {
  const kept = new Set<ExemplarRow>();
  for (const minute of groupBy(rows, (r) => `${r.service}\u0000${minuteOf(r.start.getTime())}`).values()) {
    const traces = [...groupBy(minute, (r) => r.traceId).entries()].map(([traceId, spans]) => ({
      traceId,
      spans,
      duration: spans.reduce((s, r) => s + r.duration, 0),
    }));
    traces.sort((a, b) => b.duration - a.duration);
    const rest = traces.slice(SLOWEST_TRACES).sort((a, b) => (a.traceId < b.traceId ? -1 : 1));
    for (const t of [...traces.slice(0, SLOWEST_TRACES), ...rest.slice(0, RANDOM_TRACES)]) for (const s of t.spans) kept.add(s);
    for (const spans of groupBy(minute, (r) => r.middleware).values()) {
      spans.sort((a, b) => b.duration - a.duration);
      for (const s of spans.slice(0, SLOWEST_PER_MIDDLEWARE)) kept.add(s);
    }
  }
  return [...kept];
}

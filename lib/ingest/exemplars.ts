// Which sampled invocations are kept for drill-down, per service and minute:
// - whole requests (every middleware span of the trace), the slowest few and a few more
//   picked at random, so a request's chain can be shown as a timeline;
// - and per middleware its slowest few spans, so its worst cases are there even when
//   their requests were not among those kept; the request of its slowest span whole, so
//   the drill-down's first exemplar opens onto a whole timeline.
// "At random" is by id (random already), so a retried export picks the same ones.
//
// The reservoir remembers, per service and recent minute, the bar a newcomer must clear
// (the k-th slowest so far, the k-th smallest id so far), so a busy minute stores a
// candidate only when it beats what is already stored: about k·(1 + ln(n/k)) for n groups
// of batches, never one per request. Storage grows with middleware × minutes.
//
// A request's spans do not always arrive together: the exporter may send them in two
// exports, and a request that starts at :59.9 has spans in two minutes. A request counts
// in the minute it started, and once kept it stays kept: its later spans are stored
// whatever they would score alone, so the timeline of a kept request is whole.

import { minuteOf } from '../rollup/grains';

/** Anything the reservoir can choose among: span candidates while collecting, rows in the writer. */
export type Sampled = { traceId: string; spanId: string; middleware: string; duration: number };

export const SLOWEST_TRACES = 3;
export const RANDOM_TRACES = 2;
export const SLOWEST_PER_MIDDLEWARE = 3;
// Minutes remembered; an older minute that gets late data starts over (stores a few more).
const MAX_MINUTES = 5000;
// Kept requests remembered, with the spans stored of each: ~5 a minute per service, so
// this covers hours; a request whose last spans come later than that is rare.
const MAX_KEPT_TRACES = 20_000;

// The best k so far, best first, with the id of each: what is stored already is never
// admitted again, so a retried export stores nothing new.
type Bar<T> = { value: T; id: string }[];
type MinuteBars = { slowTraces: Bar<number>; lowIds: Bar<string>; slowSpans: Map<string, Bar<number>> };
type Trace<T> = { traceId: string; spans: T[]; duration: number; minuteKey: string };

/** Inserts `v` into the top-k `bar` (ordered by `better`) if it makes the cut and is not
 *  there yet. 'below': it does not make the cut (nor will anything worse). */
function admit<T>(
  bar: Bar<T>,
  k: number,
  v: T,
  id: string,
  better: (a: T, b: T) => boolean,
): 'kept' | 'known' | 'below' {
  if (bar.length >= k && !better(v, bar[bar.length - 1].value)) return 'below';
  if (bar.some((e) => e.id === id)) return 'known';
  let i = bar.length;
  while (i > 0 && better(v, bar[i - 1].value)) i--;
  bar.splice(i, 0, { value: v, id });
  if (bar.length > k) bar.pop();
  return 'kept';
}

const slower = (a: number, b: number) => a > b;
const lowerId = (a: string, b: string) => a < b;

function groupBy<T>(items: Iterable<T>, key: (t: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const g = groups.get(k);
    if (g === undefined) groups.set(k, [item]);
    else g.push(item);
  }
  return groups;
}

export class ExemplarReservoir {
  private readonly minutes = new Map<string, MinuteBars>();
  /** Kept requests by trace id, with the span ids stored of each. */
  private readonly kept = new Map<string, Set<string>>();

  private barsFor(key: string, dryRun: boolean): MinuteBars {
    let bars = this.minutes.get(key);
    if (dryRun) {
      return bars === undefined
        ? { slowTraces: [], lowIds: [], slowSpans: new Map() }
        : {
            slowTraces: [...bars.slowTraces],
            lowIds: [...bars.lowIds],
            slowSpans: new Map([...bars.slowSpans].map(([m, b]) => [m, [...b]])),
          };
    }
    if (bars === undefined) {
      if (this.minutes.size >= MAX_MINUTES) this.minutes.delete(this.minutes.keys().next().value!);
      this.minutes.set(key, (bars = { slowTraces: [], lowIds: [], slowSpans: new Map() }));
    }
    return bars;
  }

  private keep(traceId: string): Set<string> {
    let spans = this.kept.get(traceId);
    if (spans === undefined) {
      if (this.kept.size >= MAX_KEPT_TRACES) this.kept.delete(this.kept.keys().next().value!);
      this.kept.set(traceId, (spans = new Set()));
    }
    return spans;
  }

  /** The candidates worth storing; the reservoir counts them as stored, unless `dryRun`
   *  (bars only rise, so what fails a dry run now fails for real later). `serviceOf` and
   *  `startOf` (ms) place a candidate in its service and minute. */
  select<T extends Sampled>(
    candidates: T[],
    serviceOf: (t: T) => string,
    startOf: (t: T) => number,
    dryRun = false,
  ): T[] {
    const kept = new Set<T>();
    // Each minute's bars once per call: a dry run works on copies, and must see its own picks.
    const touched = new Map<string, MinuteBars>();
    const barsOf = (key: string) => touched.get(key) ?? touched.set(key, this.barsFor(key, dryRun)).get(key)!;
    const traces = new Map<string, Trace<T>>();
    // A trace can span services (a distributed request): each service's part is judged in
    // its own bars, and once one part is kept, the others' spans are kept as they come.
    const requestKey = (s: T) => `${serviceOf(s)}\u0000${s.traceId}`;
    for (const [key, spans] of groupBy(candidates, requestKey)) {
      const traceId = spans[0].traceId;
      const stored = this.kept.get(traceId);
      if (stored !== undefined) {
        // Part of a request already kept: its spans not stored yet, whatever they score.
        for (const s of spans) {
          if (stored.has(s.spanId)) continue;
          kept.add(s);
          if (!dryRun) stored.add(s.spanId);
        }
        continue;
      }
      let duration = 0;
      let start = Infinity;
      for (const s of spans) {
        duration += s.duration;
        start = Math.min(start, startOf(s));
      }
      traces.set(key, { traceId, spans, duration, minuteKey: `${serviceOf(spans[0])}\u0000${minuteOf(start)}` });
    }
    const keepTrace = (t: Trace<T>) => {
      for (const s of t.spans) kept.add(s);
      if (!dryRun) {
        const stored = this.keep(t.traceId);
        for (const s of t.spans) stored.add(s.spanId);
      }
    };
    for (const [key, minute] of groupBy(traces.values(), (t) => t.minuteKey)) {
      const bars = barsOf(key);
      minute.sort((a, b) => b.duration - a.duration);
      for (const t of minute) {
        const a = admit(bars.slowTraces, SLOWEST_TRACES, t.duration, t.traceId, slower);
        if (a === 'below') break;
        if (a === 'kept') keepTrace(t);
      }
      minute.sort((a, b) => (a.traceId < b.traceId ? -1 : 1));
      for (const t of minute) {
        const a = admit(bars.lowIds, RANDOM_TRACES, t.traceId, t.traceId, lowerId);
        if (a === 'below') break;
        if (a === 'kept') keepTrace(t);
      }
    }
    for (const [key, spans] of groupBy(
      candidates,
      (s) => `${serviceOf(s)}\u0000${minuteOf(startOf(s))}\u0000${s.middleware}`,
    )) {
      const bars = barsOf(key.slice(0, key.lastIndexOf('\u0000')));
      const middleware = spans[0].middleware;
      let bar = bars.slowSpans.get(middleware);
      if (bar === undefined) bars.slowSpans.set(middleware, (bar = []));
      spans.sort((a, b) => b.duration - a.duration);
      for (const s of spans) {
        const a = admit(bar, SLOWEST_PER_MIDDLEWARE, s.duration, s.spanId, slower);
        if (a === 'below') break;
        if (a !== 'kept') continue;
        kept.add(s);
        const request = bar[0].id === s.spanId ? traces.get(requestKey(s)) : undefined;
        if (request !== undefined) keepTrace(request);
      }
    }
    return [...kept];
  }

  /** Requests kept elsewhere (by the writer, for a decode thread): their later spans pass. */
  remember(traceIds: Iterable<string>): void {
    for (const id of traceIds) this.keep(id);
  }

  /** The requests `picked` holds whole or in part that this reservoir keeps. */
  keptAmong(picked: Sampled[]): string[] {
    return [...new Set(picked.map((s) => s.traceId))].filter((id) => this.kept.has(id));
  }

  /** After a failed commit: what the bars counted as stored was not. */
  forget(): void {
    this.minutes.clear();
    this.kept.clear();
  }
}

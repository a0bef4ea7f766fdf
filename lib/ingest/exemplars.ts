// Which sampled invocations are kept for drill-down, per service and minute:
// - whole requests (every middleware span of the trace), the slowest few and a few more
//   picked at random, so a request's chain can be shown as a timeline;
// - and per middleware its slowest few spans, so its worst cases are there even when
//   their requests were not among those kept.
// "At random" is by id (random already), so a retried export picks the same ones.
//
// The reservoir remembers, per service and recent minute, the bar a newcomer must clear
// (the k-th slowest so far, the k-th smallest id so far), so a busy minute stores a
// candidate only when it beats what is already stored: about k·(1 + ln(n/k)) for n groups
// of batches, never one per request. Storage grows with middleware × minutes.

/** Anything the reservoir can choose among: span candidates while collecting, rows in the writer. */
export type Sampled = { traceId: string; spanId: string; middleware: string; duration: number };

export const SLOWEST_TRACES = 3;
export const RANDOM_TRACES = 2;
export const SLOWEST_PER_MIDDLEWARE = 3;
// Minutes remembered; an older minute that gets late data starts over (stores a few more).
const MAX_MINUTES = 5000;

// The best k so far, best first, with the id of each: what is stored already is never
// admitted again, so a retried export stores nothing new.
type Bar<T> = { value: T; id: string }[];
type MinuteBars = { slowTraces: Bar<number>; lowIds: Bar<string>; slowSpans: Map<string, Bar<number>> };
type Trace<T> = { traceId: string; spans: T[]; duration: number };

/** Inserts `v` into the top-k `bar` (ordered by `better`) if it makes the cut and is not
 *  there yet. 'below': it does not make the cut (nor will anything worse). */
function admit<T>(bar: Bar<T>, k: number, v: T, id: string, better: (a: T, b: T) => boolean): 'kept' | 'known' | 'below' {
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

export class ExemplarReservoir {
  private readonly minutes = new Map<string, MinuteBars>();

  private barsFor(key: string, dryRun: boolean): MinuteBars {
    let bars = this.minutes.get(key);
    if (dryRun) {
      return bars === undefined
        ? { slowTraces: [], lowIds: [], slowSpans: new Map() }
        : { slowTraces: [...bars.slowTraces], lowIds: [...bars.lowIds], slowSpans: new Map([...bars.slowSpans].map(([m, b]) => [m, [...b]])) };
    }
    if (bars === undefined) {
      if (this.minutes.size >= MAX_MINUTES) this.minutes.delete(this.minutes.keys().next().value!);
      this.minutes.set(key, (bars = { slowTraces: [], lowIds: [], slowSpans: new Map() }));
    }
    return bars;
  }

  /** The candidates worth storing; the reservoir counts them as stored, unless `dryRun`
   *  (bars only rise, so what fails a dry run now fails for real later). `minuteKey`
   *  names a candidate's service and minute. */
  select<T extends Sampled>(candidates: T[], minuteKey: (t: T) => string, dryRun = false): T[] {
    const kept = new Set<T>();
    for (const [key, minute] of groupBy(candidates, minuteKey)) {
      const bars = this.barsFor(key, dryRun);
      const traces: Trace<T>[] = [...groupBy(minute, (k) => k.traceId)].map(([traceId, spans]) => ({
        traceId,
        spans,
        duration: spans.reduce((s, k) => s + k.duration, 0),
      }));
      traces.sort((a, b) => b.duration - a.duration);
      for (const t of traces) {
        const a = admit(bars.slowTraces, SLOWEST_TRACES, t.duration, t.traceId, slower);
        if (a === 'below') break;
        if (a === 'kept') for (const s of t.spans) kept.add(s);
      }
      traces.sort((a, b) => (a.traceId < b.traceId ? -1 : 1));
      for (const t of traces) {
        const a = admit(bars.lowIds, RANDOM_TRACES, t.traceId, t.traceId, lowerId);
        if (a === 'below') break;
        if (a === 'kept') for (const s of t.spans) kept.add(s);
      }
      for (const [middleware, spans] of groupBy(minute, (k) => k.middleware)) {
        let bar = bars.slowSpans.get(middleware);
        if (bar === undefined) bars.slowSpans.set(middleware, (bar = []));
        spans.sort((a, b) => b.duration - a.duration);
        for (const s of spans) {
          const a = admit(bar, SLOWEST_PER_MIDDLEWARE, s.duration, s.spanId, slower);
          if (a === 'below') break;
          if (a === 'kept') kept.add(s);
        }
      }
    }
    return [...kept];
  }

  /** After a failed commit: what the bars counted as stored was not. */
  forget(): void {
    this.minutes.clear();
  }
}

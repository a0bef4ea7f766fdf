// What a rollup row adds up: the sums and histograms of a set of invocations. Ingest adds
// contributions into rows with it, and every query adds rows into its answer with it, so
// a new figure is a new field here and nowhere else.
import type { HopKindName } from '@hopscope/instrumentation/semconv';
import { emptyHistogram, merge, mergeSerialized, serialize, type Histogram, type Serialized } from './histogram';

/** The additive figures: merged by summing. Durations in seconds, as OpenTelemetry sends them. */
export const SUM_FIELDS = [
  'calls',
  'errors',
  'durationSum',
  'occupancySum',
  'hops',
  'hopsMicrotask',
  'hopsIo',
  'hopsThreadpool',
  'hopsWorker',
  'hopsThread',
  'blockingCount',
  'stallSum',
  'threadHeldSum',
  'threadWaitSum',
  'threadpoolSum',
] as const;
export type SumField = (typeof SUM_FIELDS)[number];

/** The column that counts each kind of hop. */
export const HOP_COLUMNS = {
  microtask: 'hopsMicrotask',
  io: 'hopsIo',
  threadpool: 'hopsThreadpool',
  worker: 'hopsWorker',
  thread: 'hopsThread',
} as const satisfies Record<HopKindName, SumField>;

/** The distributions, merged by adding bucket counts; stored as `<name>Hist`. Thread held
 *  and thread wait are Django's (the shared sync thread); empty for other producers. */
export const HISTOGRAM_FIELDS = ['duration', 'occupancy', 'threadHeld', 'threadWait'] as const;
export type HistogramField = (typeof HISTOGRAM_FIELDS)[number];
type HistogramColumn = `${HistogramField}Hist`;

export type RollupTotals = Record<SumField, number> &
  Record<HistogramField, Histogram> & {
    /** false while only plain OpenTelemetry spans (duration only) contributed. */
    measured: boolean;
  };

/** The same as the store holds it: histograms serialised. */
export type StoredTotals = Record<SumField, number> & Record<HistogramColumn, Serialized> & { measured: boolean };

const histogramColumn = (h: HistogramField): HistogramColumn => `${h}Hist`;

/** Every column of StoredTotals. */
export const STORED_TOTALS_COLUMNS = [
  'measured',
  ...SUM_FIELDS,
  ...HISTOGRAM_FIELDS.map(histogramColumn),
] as (keyof StoredTotals)[];

export function emptyTotals(measured = false): RollupTotals {
  const t = { measured } as RollupTotals;
  for (const f of SUM_FIELDS) t[f] = 0;
  for (const h of HISTOGRAM_FIELDS) t[h] = emptyHistogram();
  return t;
}

/** Adds `d` (any of its fields) into `into`. */
export function addTotals(into: RollupTotals, d: Partial<RollupTotals>): RollupTotals {
  into.measured ||= d.measured === true;
  for (const f of SUM_FIELDS) into[f] += d[f] ?? 0;
  for (const h of HISTOGRAM_FIELDS) {
    const from = d[h];
    if (from !== undefined) merge(into[h], from);
  }
  return into;
}

/** Adds a stored row into `into`, histograms merged straight from their serialised form. */
export function addStored(into: RollupTotals, row: StoredTotals): RollupTotals {
  into.measured ||= row.measured;
  for (const f of SUM_FIELDS) into[f] += row[f];
  for (const h of HISTOGRAM_FIELDS) mergeSerialized(into[h], row[histogramColumn(h)]);
  return into;
}

/** The totals as the store holds them. */
export function toStored(t: RollupTotals): StoredTotals {
  const row = { measured: t.measured } as StoredTotals;
  for (const f of SUM_FIELDS) row[f] = t[f];
  for (const h of HISTOGRAM_FIELDS) row[histogramColumn(h)] = serialize(t[h]);
  return row;
}

// The runtime gauges a service instance reports, and how a per-minute RuntimeRollup row
// adds them up: a sum and a count for the mean (one sample per instance and export), and
// for the event-loop delay its maximum too. A new gauge is a row of RUNTIME_GAUGES and
// its columns in prisma/schema.prisma.
import * as sc from '@hopscope/instrumentation/semconv';
import * as c from '../contract';

export const RUNTIME_GAUGES = {
  /** nodejs.eventloop.utilization (0..1). */
  utilization: { metric: c.METRIC_EVENTLOOP_UTILIZATION, sum: 'eluSum', count: 'eluCount', max: null },
  /** nodejs.eventloop.delay.p99 (s). */
  delayP99: { metric: c.METRIC_EVENTLOOP_DELAY_P99, sum: 'delayP99Sum', count: 'delayCount', max: 'delayP99Max' },
  /** Django: share of time the shared sync thread was held (0..1). */
  syncThread: { metric: sc.METRIC_SYNC_THREAD_UTILIZATION, sum: 'syncThreadSum', count: 'syncThreadCount', max: null },
  /** Threads in the process. */
  threads: { metric: sc.METRIC_THREAD_COUNT, sum: 'threadsSum', count: 'threadsCount', max: null },
  /** Machine load: the process's CPU over wall time, the system's load average, its CPUs. */
  cpu: { metric: sc.METRIC_PROCESS_CPU_UTILIZATION, sum: 'cpuSum', count: 'cpuCount', max: null },
  load: { metric: sc.METRIC_LOAD_AVERAGE, sum: 'loadSum', count: 'loadCount', max: null },
  cores: { metric: sc.METRIC_CPU_COUNT, sum: 'coresSum', count: 'coresCount', max: null },
} as const;

export type RuntimeGauge = keyof typeof RUNTIME_GAUGES;
type Column = (typeof RUNTIME_GAUGES)[RuntimeGauge]['sum' | 'count'] | 'delayP99Max';
export type RuntimeTotals = Record<Column, number>;

export const RUNTIME_COLUMNS = Object.values(RUNTIME_GAUGES).flatMap((g) => [g.sum, g.count, ...(g.max ? [g.max] : [])]) as Column[];

/** The gauge a metric name reports, if it is one. */
export const GAUGE_OF_METRIC: Record<string, RuntimeGauge> = Object.fromEntries(
  (Object.keys(RUNTIME_GAUGES) as RuntimeGauge[]).map((g) => [RUNTIME_GAUGES[g].metric, g]),
);

export function emptyRuntime(): RuntimeTotals {
  return Object.fromEntries(RUNTIME_COLUMNS.map((col) => [col, 0])) as RuntimeTotals;
}

/** One sample of `gauge` into the totals. */
export function addSample(into: RuntimeTotals, gauge: RuntimeGauge, value: number): void {
  const g = RUNTIME_GAUGES[gauge];
  into[g.sum] += value;
  into[g.count] += 1;
  if (g.max !== null) into[g.max] = Math.max(into[g.max], value);
}

/** Stored totals into the totals. */
export function addRuntime(into: RuntimeTotals, from: RuntimeTotals): void {
  for (const g of Object.values(RUNTIME_GAUGES)) {
    into[g.sum] += from[g.sum];
    into[g.count] += from[g.count];
    if (g.max !== null) into[g.max] = Math.max(into[g.max], from[g.max]);
  }
}

/** The gauge's mean over the totals, or null where it was never reported. */
export function meanOf(t: Partial<Record<Column, number | null>>, gauge: RuntimeGauge): number | null {
  const g = RUNTIME_GAUGES[gauge];
  const count = t[g.count] ?? 0;
  return count > 0 ? (t[g.sum] ?? 0) / count : null;
}

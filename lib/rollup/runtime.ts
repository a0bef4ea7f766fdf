// The runtime figures a service instance reports, and how a per-minute RuntimeRollup row
// adds them up: a sum and a count (one sample per instance and export), and for the
// event-loop delay its maximum too. A gauge's figure is its mean (sum / count); a counter's
// (a delta sum: requests, CPU and busy seconds) is its sum, over the same intervals as the
// other counters, so that one divided by another is a figure per request. A new one is a
// row of RUNTIME_GAUGES and its columns in prisma/schema.prisma.
import * as sc from '@hopscope/instrumentation/semconv';
import * as c from '../contract';

export const RUNTIME_GAUGES = {
  /** nodejs.eventloop.utilization (0..1). */
  utilization: { metric: c.METRIC_EVENTLOOP_UTILIZATION, kind: 'gauge', sum: 'eluSum', count: 'eluCount', max: null },
  /** nodejs.eventloop.delay.p99 (s). */
  delayP99: {
    metric: c.METRIC_EVENTLOOP_DELAY_P99,
    kind: 'gauge',
    sum: 'delayP99Sum',
    count: 'delayCount',
    max: 'delayP99Max',
  },
  /** Django: sync threads kept busy, mean (on 3.x the shared thread's utilization, 0..1). */
  syncThread: {
    metric: sc.METRIC_SYNC_THREAD_UTILIZATION,
    kind: 'gauge',
    sum: 'syncThreadSum',
    count: 'syncThreadCount',
    max: null,
  },
  /** Django: the share of requests that shared one sync thread (the threading model). */
  sharedThread: {
    metric: sc.METRIC_SHARED_SYNC_THREAD,
    kind: 'gauge',
    sum: 'sharedThreadSum',
    count: 'sharedThreadCount',
    max: null,
  },
  /** Threads in the process. */
  threads: { metric: sc.METRIC_THREAD_COUNT, kind: 'gauge', sum: 'threadsSum', count: 'threadsCount', max: null },
  /** Machine load: the process's CPU over wall time, the system's load average, its CPUs. */
  cpu: { metric: sc.METRIC_PROCESS_CPU_UTILIZATION, kind: 'gauge', sum: 'cpuSum', count: 'cpuCount', max: null },
  load: { metric: sc.METRIC_LOAD_AVERAGE, kind: 'gauge', sum: 'loadSum', count: 'loadCount', max: null },
  cores: { metric: sc.METRIC_CPU_COUNT, kind: 'gauge', sum: 'coresSum', count: 'coresCount', max: null },
  /** What bounds throughput (lib/query/ceiling.ts): requests, and what they used. */
  requests: { metric: sc.METRIC_REQUESTS, kind: 'counter', sum: 'requestsSum', count: 'requestsCount', max: null },
  cpuTime: { metric: sc.METRIC_CPU_TIME, kind: 'counter', sum: 'cpuTimeSum', count: 'cpuTimeCount', max: null },
  loopBusy: {
    metric: sc.METRIC_EVENTLOOP_BUSY,
    kind: 'counter',
    sum: 'loopBusySum',
    count: 'loopBusyCount',
    max: null,
  },
  loopPreempted: {
    metric: sc.METRIC_EVENTLOOP_PREEMPTED,
    kind: 'counter',
    sum: 'loopPreemptedSum',
    count: 'loopPreemptedCount',
    max: null,
  },
  poolBusy: {
    metric: sc.METRIC_THREADPOOL_BUSY,
    kind: 'counter',
    sum: 'poolBusySum',
    count: 'poolBusyCount',
    max: null,
  },
  poolSize: { metric: sc.METRIC_THREADPOOL_SIZE, kind: 'gauge', sum: 'poolSizeSum', count: 'poolSizeCount', max: null },
  /** Starlette: the pool's tokens in use and calls waiting for one (means over each interval). */
  poolInUse: {
    metric: sc.METRIC_THREADPOOL_IN_USE,
    kind: 'gauge',
    sum: 'poolInUseSum',
    count: 'poolInUseCount',
    max: null,
  },
  poolWaiting: {
    metric: sc.METRIC_THREADPOOL_WAITING,
    kind: 'gauge',
    sum: 'poolWaitingSum',
    count: 'poolWaitingCount',
    max: null,
  },
  available: {
    metric: sc.METRIC_CPU_AVAILABLE,
    kind: 'gauge',
    sum: 'availableSum',
    count: 'availableCount',
    max: null,
  },
} as const;

export type RuntimeGauge = keyof typeof RUNTIME_GAUGES;
type Column = (typeof RUNTIME_GAUGES)[RuntimeGauge]['sum' | 'count'] | 'delayP99Max';
export type RuntimeTotals = Record<Column, number>;

export const RUNTIME_COLUMNS = Object.values(RUNTIME_GAUGES).flatMap((g) => [
  g.sum,
  g.count,
  ...(g.max ? [g.max] : []),
]) as Column[];

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

/** The counter's sum over the totals, or null where it was never reported. */
export function sumOf(t: Partial<Record<Column, number | null>>, counter: RuntimeGauge): number | null {
  const g = RUNTIME_GAUGES[counter];
  return (t[g.count] ?? 0) > 0 ? (t[g.sum] ?? 0) : null;
}

/** The gauge's mean over the totals, or null where it was never reported. */
export function meanOf(t: Partial<Record<Column, number | null>>, gauge: RuntimeGauge): number | null {
  const g = RUNTIME_GAUGES[gauge];
  const count = t[g.count] ?? 0;
  return count > 0 ? (t[g.sum] ?? 0) / count : null;
}

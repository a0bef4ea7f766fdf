// Hopscope's middleware metrics to per-minute rollup contributions. Points must be delta
// temporality (what @hopscope/instrumentation exports); each point's identity (resource,
// metric, attributes, start and end time) is its dedupe key.
import crypto from 'node:crypto';
import * as sc from '@hopscope/instrumentation/semconv';
import { addOtlpBuckets, emptyHistogram } from '../rollup/histogram';
import { attrStr, attributes, list, nanosToMs, num, obj, str, type Attributes, type Loose } from '../otlp/values';
import { minuteOf } from '../rollup/grains';
import { GAUGE_OF_METRIC, RUNTIME_GAUGES, type RuntimeGauge } from '../rollup/runtime';
import { HOP_COLUMNS, type HistogramField, type RollupTotals, type SumField } from '../rollup/totals';
import { markSeen, reject, type Batch, type ServiceId } from './batch';
import { clip, serviceOf } from './resource';
import { collectStackPoint } from './stacks';

const TEMPORALITY_DELTA = 1;

type Kind = 'exp' | 'sum';
const METRICS: Record<string, Kind> = {
  [sc.METRIC_DURATION]: 'exp',
  [sc.METRIC_OCCUPANCY]: 'exp',
  [sc.METRIC_HOPS]: 'exp',
  [sc.METRIC_HOPS_COUNT]: 'sum',
  [sc.METRIC_STALL]: 'sum',
  [sc.METRIC_BLOCKING_COUNT]: 'sum',
  [sc.METRIC_THREAD_HELD]: 'exp',
  [sc.METRIC_THREAD_WAIT]: 'exp',
  [sc.METRIC_THREADPOOL_DURATION]: 'sum',
  [sc.METRIC_PROFILE_SAMPLES]: 'sum',
};

/** The sum and histogram fields each exponential-histogram metric but hops fills. */
const HISTOGRAM_METRICS: Record<string, { sum: SumField; histogram: HistogramField }> = {
  [sc.METRIC_DURATION]: { sum: 'durationSum', histogram: 'duration' },
  [sc.METRIC_OCCUPANCY]: { sum: 'occupancySum', histogram: 'occupancy' },
  [sc.METRIC_THREAD_HELD]: { sum: 'threadHeldSum', histogram: 'threadHeld' },
  [sc.METRIC_THREAD_WAIT]: { sum: 'threadWaitSum', histogram: 'threadWait' },
};

export function collectMetrics(request: unknown, batch: Batch): void {
  for (const rm of list(obj(request)?.resourceMetrics)) {
    const r = obj(rm);
    if (r === undefined) continue;
    const service = serviceOf(r.resource);
    const resourceKey = canonical(attributes(obj(r.resource)?.attributes));
    const stacks = new Map<string, Set<string>>();
    for (const sm of list(r.scopeMetrics)) {
      for (const m of list(obj(sm)?.metrics)) collectMetric(obj(m), service, resourceKey, batch, stacks);
    }
  }
}

function collectRuntime(
  name: string,
  gauge: RuntimeGauge,
  m: Loose,
  service: ServiceId,
  resourceKey: string,
  batch: Batch,
): void {
  const kind = RUNTIME_GAUGES[gauge].kind;
  const data = obj(kind === 'gauge' ? m.gauge : m.sum);
  if (data === undefined)
    return reject(batch, countPoints(m), `${name}: expected a ${kind === 'gauge' ? 'gauge' : 'sum'}`);
  // A counter's points add up per minute, so they must be deltas, as every other sum here.
  if (kind === 'counter' && num(data.aggregationTemporality) !== TEMPORALITY_DELTA) {
    return reject(batch, list(data.dataPoints).length, `${name}: only delta temporality is accepted`);
  }
  for (const v of list(data.dataPoints)) {
    const p = obj(v);
    const time = p && nanosToMs(p.timeUnixNano);
    const value = p && (num(p.asDouble) ?? num(p.asInt));
    if (p === undefined || time === undefined || value === undefined || !(value >= 0) || !Number.isFinite(value)) {
      reject(batch, 1, `${name}: ${kind} point without a time or a non-negative value`);
      continue;
    }
    markSeen(batch, service, time);
    batch.runtime.push({
      ...service,
      dedupeKey: pointKey(resourceKey, name, attributes(p.attributes), time, time),
      bucket: minuteOf(time),
      gauge,
      value,
    });
  }
}

function collectMetric(
  m: Loose | undefined,
  service: ServiceId,
  resourceKey: string,
  batch: Batch,
  stacks: Map<string, Set<string>>,
): void {
  const name = m && str(m.name);
  if (name !== undefined && Object.hasOwn(GAUGE_OF_METRIC, name))
    return collectRuntime(name, GAUGE_OF_METRIC[name], m!, service, resourceKey, batch);
  if (name === undefined || !(name in METRICS)) return; // not ours: accepted, nothing to keep
  const kind = METRICS[name];
  const data = obj(kind === 'exp' ? m!.exponentialHistogram : m!.sum);
  if (data === undefined) {
    const points = countPoints(m!);
    return reject(batch, points, `${name}: expected ${kind === 'exp' ? 'an exponential histogram' : 'a sum'}`);
  }
  const points = list(data.dataPoints);
  if (num(data.aggregationTemporality) !== TEMPORALITY_DELTA) {
    return reject(batch, points.length, `${name}: only delta temporality is accepted`);
  }
  for (const p of points) collectPoint(name, kind, obj(p), service, resourceKey, batch, stacks);
}

function countPoints(m: Loose): number {
  for (const k of ['gauge', 'sum', 'histogram', 'exponentialHistogram', 'summary']) {
    const d = obj(m[k]);
    if (d !== undefined) return Math.max(1, list(d.dataPoints).length);
  }
  return 1;
}

function collectPoint(
  name: string,
  kind: Kind,
  p: Loose | undefined,
  service: ServiceId,
  resourceKey: string,
  batch: Batch,
  stacks: Map<string, Set<string>>,
): void {
  if (p === undefined) return reject(batch, 1, `${name}: a data point is not an object`);
  const a = attributes(p.attributes);
  if (name === sc.METRIC_PROFILE_SAMPLES) {
    return collectStackPoint(
      p,
      a,
      service,
      pointKey(resourceKey, name, a, nanosToMs(p.startTimeUnixNano) ?? 0, nanosToMs(p.timeUnixNano) ?? 0),
      batch,
      stacks,
    );
  }
  const middleware = attrStr(a, sc.ATTR_NAME);
  const end = nanosToMs(p.timeUnixNano);
  const start = nanosToMs(p.startTimeUnixNano) ?? end;
  if (middleware === undefined) return reject(batch, 1, `${name}: data point without ${sc.ATTR_NAME}`);
  if (end === undefined || start === undefined || start > end)
    return reject(batch, 1, `${name}: data point with invalid timestamps`);
  const delta: Partial<RollupTotals> = { measured: true };
  if (kind === 'exp') {
    const count = num(p.count) ?? 0;
    const sum = num(p.sum) ?? 0;
    const positive = obj(p.positive);
    const scale = num(p.scale);
    const offset = num(positive?.offset) ?? 0;
    const counts = list(positive?.bucketCounts).map((v) => num(v) ?? NaN);
    if (scale === undefined || scale < -10 || scale > 20 || counts.some((v) => !(v >= 0)) || count < 0) {
      return reject(batch, 1, `${name}: malformed exponential histogram`);
    }
    if (name === sc.METRIC_HOPS) delta.hops = sum;
    else {
      const h = emptyHistogram();
      addOtlpBuckets(h, scale, num(p.zeroCount) ?? 0, offset, counts);
      const fields = HISTOGRAM_METRICS[name];
      delta[fields.sum] = sum;
      delta[fields.histogram] = h;
      if (name === sc.METRIC_DURATION) {
        delta.calls = count;
        delta.errors = attrStr(a, sc.ATTR_ERROR_TYPE) === undefined ? 0 : count;
      }
    }
  } else {
    const value = num(p.asDouble) ?? num(p.asInt);
    if (value === undefined || value < 0) return reject(batch, 1, `${name}: data point without a non-negative value`);
    if (name === sc.METRIC_STALL) delta.stallSum = value;
    else if (name === sc.METRIC_THREADPOOL_DURATION) delta.threadpoolSum = value;
    else if (name === sc.METRIC_BLOCKING_COUNT) delta.blockingCount = value;
    else {
      const kind = attrStr(a, sc.ATTR_HOP_KIND);
      if (kind === undefined || !Object.hasOwn(HOP_COLUMNS, kind))
        return reject(batch, 1, `${name}: unknown ${sc.ATTR_HOP_KIND}`);
      delta[HOP_COLUMNS[kind as keyof typeof HOP_COLUMNS]] = value;
    }
  }
  markSeen(batch, service, end);
  batch.contributions.push({
    dedupeKey: pointKey(resourceKey, name, a, start, end),
    key: {
      ...service,
      middleware: clip(middleware),
      framework: attrStr(a, sc.ATTR_FRAMEWORK) ?? 'custom',
      route: clip(attrStr(a, sc.ATTR_HTTP_ROUTE) ?? ''),
      method: clip(attrStr(a, sc.ATTR_HTTP_METHOD) ?? ''),
      bucket: minuteOf(end),
    },
    delta,
  });
}

function canonical(a: Attributes): string {
  return JSON.stringify([...a.entries()].sort((x, y) => (x[0] < y[0] ? -1 : 1)));
}

function pointKey(resourceKey: string, metric: string, a: Attributes, start: number, end: number): string {
  return (
    'm:' +
    crypto
      .createHash('sha1')
      .update(`${resourceKey}|${metric}|${canonical(a)}|${start}|${end}`)
      .digest('hex')
  );
}

// Hands the accumulators to the OpenTelemetry SDK when a metric reader collects:
// `new PeriodicExportingMetricReader({ exporter, metricProducers: [producer] })`.
// Delta temporality: each collection reports what happened since the previous one and
// resets the accumulators, so memory stays bounded by middleware × routes, not by time.
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { ValueType, type Attributes, type HrTime } from '@opentelemetry/api';
import { hrTime } from '@opentelemetry/core';
import { emptyResource } from '@opentelemetry/resources';
import {
  AggregationTemporality,
  DataPointType,
  type CollectionResult,
  type DataPoint,
  type ExponentialHistogram,
  type MetricData,
  type MetricProducer,
} from '@opentelemetry/sdk-metrics';
import type { Accumulator } from './accumulator';
import type { ExpHistogram } from './exp-histogram';
import { ProcessUsage, threadPoolSize, type Usage } from './process-usage';
import { requestsInFlight } from './occupancy';
import { chargeWaiting } from './demand';
import { profiler } from './profiler';
import { emitExemplars, takeRequestCount } from './recorder';
import { allMiddleware } from './registry';
import * as sc from './semconv';

type Points = {
  duration: DataPoint<ExponentialHistogram>[];
  occupancy: DataPoint<ExponentialHistogram>[];
  hops: DataPoint<ExponentialHistogram>[];
  hopsCount: DataPoint<number>[];
  stall: DataPoint<number>[];
  blocking: DataPoint<number>[];
  threadpool: DataPoint<number>[];
  stacks: DataPoint<number>[];
};

function histogramValue(h: ExpHistogram): ExponentialHistogram {
  return {
    count: h.count,
    sum: h.sum,
    min: h.min,
    max: h.max,
    scale: sc.HISTOGRAM_SCALE,
    zeroCount: h.zeroCount,
    positive: { offset: h.offset, bucketCounts: h.counts.slice() },
    negative: { offset: 0, bucketCounts: [] },
  };
}

function descriptor(name: string, unit: string, description: string, valueType = ValueType.DOUBLE) {
  return { name, unit, description, valueType };
}

class MiddlewareMetricProducer implements MetricProducer {
  private lastCollect: HrTime = hrTime();
  private lastCpu = process.cpuUsage();
  private lastWall = performance.now();
  private readonly usage = new ProcessUsage();
  private readonly poolSize = threadPoolSize();
  private enabled = true;
  /** Whether a metric reader has collected this producer yet (see reader-check.ts). */
  collected = false;

  setEnabled(enabled: boolean): void {
    this.enabled = enabled;
  }

  async collect(): Promise<CollectionResult> {
    this.collected = true;
    if (this.enabled) {
      // The running window's samples first: they go on this interval's stacks and spans.
      profiler.take();
      emitExemplars();
      // Stall on requests not yet read, owed to segments still kept for later windows.
      chargeWaiting();
    }
    const startTime = this.lastCollect;
    const endTime = hrTime();
    this.lastCollect = endTime;
    const points: Points = {
      duration: [],
      occupancy: [],
      hops: [],
      hopsCount: [],
      stall: [],
      blocking: [],
      threadpool: [],
      stacks: [],
    };
    if (this.enabled) {
      for (const info of allMiddleware()) {
        for (const byMethod of info.byRoute.values()) {
          for (const acc of byMethod.values()) {
            if (acc.duration.count === 0) continue;
            const attributes: Attributes = {
              [sc.ATTR_NAME]: info.name,
              [sc.ATTR_FRAMEWORK]: info.framework,
              [sc.ATTR_HTTP_METHOD]: acc.method,
            };
            if (acc.route !== '') attributes[sc.ATTR_HTTP_ROUTE] = acc.route;
            if (acc.errorType !== undefined) attributes[sc.ATTR_ERROR_TYPE] = acc.errorType;
            addPoints(points, acc, attributes, startTime, endTime);
            acc.reset();
          }
        }
        for (const [stack, value] of info.stacks) {
          points.stacks.push({
            startTime,
            endTime,
            attributes: {
              [sc.ATTR_NAME]: info.name,
              [sc.ATTR_FRAMEWORK]: info.framework,
              [sc.ATTR_PROFILE_STACK]: stack,
            },
            value,
          });
        }
        info.stacks.clear();
      }
    }
    const metrics = middlewareMetrics(points);
    // Taken every collection, so that each interval's usage goes with its requests; sent
    // for every interval the process served in, including one where requests were only in
    // flight (a slow request's CPU is spent before it finishes), never for an idle one.
    const usage = this.usage.take();
    const requests = takeRequestCount();
    if (this.enabled && (requests > 0 || requestsInFlight() > 0))
      metrics.push(...this.machineLoad(endTime), ...this.resources(usage, requests, startTime, endTime));
    const scopeMetrics = metrics.length === 0 ? [] : [{ scope: { name: sc.INSTRUMENTATION_NAME }, metrics }];
    return { resourceMetrics: { resource: emptyResource(), scopeMetrics }, errors: [] };
  }

  /** What the interval's requests used of each resource that can bind (process-usage.ts). */
  private resources(usage: Usage, requests: number, startTime: HrTime, endTime: HrTime): MetricData[] {
    const sum = (name: string, unit: string, value: number, valueType = ValueType.DOUBLE): MetricData => ({
      descriptor: descriptor(name, unit, name, valueType),
      aggregationTemporality: AggregationTemporality.DELTA,
      dataPointType: DataPointType.SUM,
      isMonotonic: true,
      dataPoints: [{ startTime, endTime, attributes: {}, value }],
    });
    return [
      sum(sc.METRIC_REQUESTS, '{request}', requests, ValueType.INT),
      sum(sc.METRIC_CPU_TIME, 's', usage.cpu),
      sum(sc.METRIC_EVENTLOOP_BUSY, 's', usage.loopBusy),
      ...(usage.loopPreempted === null ? [] : [sum(sc.METRIC_EVENTLOOP_PREEMPTED, 's', usage.loopPreempted)]),
      ...(usage.poolBusy === null ? [] : [sum(sc.METRIC_THREADPOOL_BUSY, 's', usage.poolBusy)]),
      gauge(sc.METRIC_THREADPOOL_SIZE, '{thread}', this.poolSize, endTime),
      gauge(sc.METRIC_CPU_AVAILABLE, '{cpu}', usage.availableCores, endTime),
    ];
  }

  /** Machine load beside the interval's figures: occupancy is wall time, so CPU taken by
   *  others stretches it (DESIGN: "machine load"). Sent with the usage, while requests are served. */
  private machineLoad(time: HrTime): MetricData[] {
    const cpu = process.cpuUsage();
    const wall = performance.now();
    const cpuMs = (cpu.user - this.lastCpu.user + cpu.system - this.lastCpu.system) / 1000;
    const wallMs = wall - this.lastWall;
    this.lastCpu = cpu;
    this.lastWall = wall;
    return [
      gauge(sc.METRIC_PROCESS_CPU_UTILIZATION, '1', wallMs > 0 ? cpuMs / wallMs : 0, time),
      gauge(sc.METRIC_LOAD_AVERAGE, '{run_queue_item}', os.loadavg()[0], time),
      gauge(sc.METRIC_CPU_COUNT, '{cpu}', os.availableParallelism(), time),
    ];
  }
}

function gauge(name: string, unit: string, value: number, time: HrTime): MetricData {
  return {
    descriptor: descriptor(name, unit, name),
    aggregationTemporality: AggregationTemporality.DELTA,
    dataPointType: DataPointType.GAUGE,
    dataPoints: [{ startTime: time, endTime: time, attributes: {}, value }],
  };
}

function addPoints(p: Points, acc: Accumulator, attributes: Attributes, startTime: HrTime, endTime: HrTime): void {
  p.duration.push({ startTime, endTime, attributes, value: histogramValue(acc.duration) });
  p.occupancy.push({ startTime, endTime, attributes, value: histogramValue(acc.occupancy) });
  p.hops.push({ startTime, endTime, attributes, value: histogramValue(acc.hops) });
  for (const [kind, value] of Object.entries(acc.hopsByKind)) {
    if (value === 0) continue;
    p.hopsCount.push({ startTime, endTime, attributes: { ...attributes, [sc.ATTR_HOP_KIND]: kind }, value });
  }
  p.stall.push({ startTime, endTime, attributes, value: acc.stall });
  p.blocking.push({ startTime, endTime, attributes, value: acc.blocking });
  if (acc.threadpool > 0) p.threadpool.push({ startTime, endTime, attributes, value: acc.threadpool });
}

function middlewareMetrics(p: Points): MetricData[] {
  const delta = AggregationTemporality.DELTA;
  const hist = DataPointType.EXPONENTIAL_HISTOGRAM;
  const metrics: MetricData[] =
    p.duration.length === 0
      ? []
      : [
          {
            descriptor: descriptor(sc.METRIC_DURATION, 's', 'Own-phase wall time of one middleware invocation'),
            aggregationTemporality: delta,
            dataPointType: hist,
            dataPoints: p.duration,
          },
          {
            descriptor: descriptor(sc.METRIC_OCCUPANCY, 's', 'JavaScript thread time of one middleware invocation'),
            aggregationTemporality: delta,
            dataPointType: hist,
            dataPoints: p.occupancy,
          },
          {
            descriptor: descriptor(sc.METRIC_HOPS, '{hop}', 'Times one invocation gave up the thread and resumed'),
            aggregationTemporality: delta,
            dataPointType: hist,
            dataPoints: p.hops,
          },
          {
            descriptor: descriptor(sc.METRIC_HOPS_COUNT, '{hop}', 'Hops by kind', ValueType.INT),
            aggregationTemporality: delta,
            dataPointType: DataPointType.SUM,
            isMonotonic: true,
            dataPoints: p.hopsCount,
          },
          {
            descriptor: descriptor(
              sc.METRIC_STALL,
              's',
              'Time other requests (in flight, or not yet read) waited while the middleware held the thread',
            ),
            aggregationTemporality: delta,
            dataPointType: DataPointType.SUM,
            isMonotonic: true,
            dataPoints: p.stall,
          },
          {
            descriptor: descriptor(
              sc.METRIC_BLOCKING_COUNT,
              '{segment}',
              'Synchronous segments at or over the blocking threshold',
              ValueType.INT,
            ),
            aggregationTemporality: delta,
            dataPointType: DataPointType.SUM,
            isMonotonic: true,
            dataPoints: p.blocking,
          },
        ];
  if (p.threadpool.length > 0) {
    metrics.push({
      descriptor: descriptor(sc.METRIC_THREADPOOL_DURATION, 's', 'Dispatch-to-callback time of its thread-pool hops'),
      aggregationTemporality: delta,
      dataPointType: DataPointType.SUM,
      isMonotonic: true,
      dataPoints: p.threadpool,
    });
  }
  if (p.stacks.length > 0) {
    metrics.push(
      {
        descriptor: descriptor(
          sc.METRIC_PROFILE_SAMPLES,
          '{sample}',
          'Profiler samples of the thread while the middleware held it, by stack',
          ValueType.INT,
        ),
        aggregationTemporality: delta,
        dataPointType: DataPointType.SUM,
        isMonotonic: true,
        dataPoints: p.stacks,
      },
      gauge(sc.METRIC_PROFILE_INTERVAL, 's', profiler.intervalSeconds(), p.stacks[0].endTime),
    );
  }
  return metrics;
}

/** The one producer of the process: the accumulators it reads (and resets) are the process's. */
export const middlewareMetricProducer = new MiddlewareMetricProducer();

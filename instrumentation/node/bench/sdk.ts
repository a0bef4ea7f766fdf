// The OpenTelemetry SDK as both overhead benchmarks start it: spans and metrics go to
// exporters that drop them, so the benchmarks measure the instrumentation, not a network.
// Start it before the app is built, so that Express loads patched.
import { metrics } from '@opentelemetry/api';
import type { ExportResult } from '@opentelemetry/core';
import type { Instrumentation } from '@opentelemetry/instrumentation';
import {
  AggregationTemporality,
  PeriodicExportingMetricReader,
  type PushMetricExporter,
} from '@opentelemetry/sdk-metrics';
import { NodeSDK } from '@opentelemetry/sdk-node';
import {
  AlwaysOnSampler,
  BatchSpanProcessor,
  ParentBasedSampler,
  type Sampler,
  type SpanExporter,
} from '@opentelemetry/sdk-trace-base';
// The built package, as users run it (tsx's transform of src/ adds getters and helpers).
import { MiddlewareInstrumentation } from '@hopscope/instrumentation';

const dropSpans: SpanExporter = {
  export: (_s, done: (r: ExportResult) => void) => done({ code: 0 }),
  shutdown: async () => {},
};

const dropMetrics: PushMetricExporter = {
  export: (_m, done: (r: ExportResult) => void) => done({ code: 0 }),
  forceFlush: async () => {},
  shutdown: async () => {},
  selectAggregationTemporality: () => AggregationTemporality.DELTA,
};

export function startSdk(
  instrumentations: Instrumentation[],
  root: Sampler,
  producer?: MiddlewareInstrumentation,
): void {
  new NodeSDK({
    sampler: new ParentBasedSampler({ root }),
    spanProcessors: [new BatchSpanProcessor(dropSpans)],
    metricReaders: [
      new PeriodicExportingMetricReader({
        exporter: dropMetrics,
        exportIntervalMillis: 1000,
        metricProducers: producer ? [producer.metricProducer] : [],
      }),
    ],
    instrumentations,
  }).start();
  // Every variant exports a metric, as every real setup does (register() adds the runtime's):
  // the SDK's export runs under context.with(), which turns AsyncLocalStorage's async hook
  // on for the rest of the process, and its cost belongs to any SDK setup, not to Hopscope.
  metrics
    .getMeter('bench')
    .createObservableGauge('bench.uptime')
    .addCallback((r) => r.observe(process.uptime()));
}

/**
 * Hopscope as register() sets it up, for a variant named `<detail>-<percent>` (sync-0):
 * metrics for every request, spans for the exemplars kept per export interval (a second
 * here) and for that percentage of requests at random, all decided by the instrumentation.
 */
export function startHopscope(variant: string): void {
  const [detail, percent, profile] = variant.split('-');
  const mw = new MiddlewareInstrumentation({
    detail: detail as 'full' | 'sync',
    spanSampleRatio: Number(percent) / 100,
    profile: profile === 'profile',
  });
  startSdk([mw], new AlwaysOnSampler(), mw);
}

/**
 * register() with its defaults, as the README's first setup runs it (the runtime's
 * event-loop metrics included); its exports go to a closed port (refused at once, every
 * ten seconds).
 */
export function startRegister(): void {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { register } = require('@hopscope/instrumentation') as typeof import('@hopscope/instrumentation');
  register({ serviceName: 'bench', endpoint: 'http://127.0.0.1:9' });
}

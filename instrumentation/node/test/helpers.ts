// Test harness: the instrumentation wired to an in-memory span exporter and a metric
// reader (the SDK's own), real servers on loopback port 0, ground-truth workloads.
import { performance } from 'node:perf_hooks';
import { context, propagation, type Attributes } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { MeterProvider, MetricReader, type ResourceMetrics } from '@opentelemetry/sdk-metrics';
import {
  BasicTracerProvider,
  InMemorySpanExporter,
  SimpleSpanProcessor,
  type ReadableSpan,
} from '@opentelemetry/sdk-trace-base';
import { MiddlewareInstrumentation, type MiddlewareInstrumentationConfig } from '../src';

export { listen } from './listen';

class TestReader extends MetricReader {
  protected async onForceFlush(): Promise<void> {}
  protected async onShutdown(): Promise<void> {}
}

export type Harness = {
  instrumentation: MiddlewareInstrumentation;
  /** OpenTelemetry's HTTP instrumentation, when setup() was asked for it (enable/disable it at will). */
  http: HttpInstrumentation | null;
  /** The tracer provider every instrumentation here exports through, for more of them. */
  provider: BasicTracerProvider;
  exporter: InMemorySpanExporter;
  /** Spans of one middleware (by middleware.name), oldest first. */
  spans(name: string): ReadableSpan[];
  attrs(name: string): Attributes[];
  collect(): Promise<ResourceMetrics>;
};

/**
 * Call before requiring the framework: the instrumentation patches it as it loads.
 * `withHttp`: OpenTelemetry's HTTP instrumentation too, with the context manager it needs
 * (as NodeSDK sets them up); the SDK's default sampler then decides per server span.
 */
export function setup(config: MiddlewareInstrumentationConfig = {}, withHttp = false): Harness {
  // As NodeSDK does: W3C trace context from incoming headers.
  propagation.setGlobalPropagator(new W3CTraceContextPropagator());
  const exporter = new InMemorySpanExporter();
  const provider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
  let http: HttpInstrumentation | null = null;
  if (withHttp) {
    context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
    http = new HttpInstrumentation();
    http.setTracerProvider(provider);
  }
  // Every request traced: the tests read spans.
  const instrumentation = new MiddlewareInstrumentation({ spanSampleRatio: 1, ...config });
  instrumentation.setTracerProvider(provider);
  const reader = new TestReader({ metricProducers: [instrumentation.metricProducer] });
  new MeterProvider({ readers: [reader] });
  const spans = (name: string) => exporter.getFinishedSpans().filter((s) => s.attributes['middleware.name'] === name);
  return {
    instrumentation,
    http,
    provider,
    exporter,
    spans,
    attrs: (name) => spans(name).map((s) => s.attributes),
    collect: async () => (await reader.collect()).resourceMetrics,
  };
}

/**
 * The most a middleware that only awaits (a timer, the thread pool) may show as occupancy,
 * in ms. It holds the thread for well under a millisecond, but on a shared 2-core machine
 * the scheduler can take the core away for a time slice while it holds it (4–5 ms seen
 * with the other core busy) — time the thread really is held. The bound stays far below
 * the busy-waits of 19 ms and more that the tests tell it apart from.
 */
export const AWAITING_MAX_MS = 10;

/** Holds the thread for `ms`, as synchronous work (hashing, parsing) does. */
export function busyWait(ms: number): void {
  const end = performance.now() + ms;
  while (performance.now() < end);
}

/** Waits until the responses' 'close' events have recorded the invocations. */
export function settle(ms = 30): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

export const ms = (seconds: unknown) => Number(seconds) * 1000;

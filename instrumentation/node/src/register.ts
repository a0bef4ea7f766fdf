// register(): one call that starts an OpenTelemetry NodeSDK set up for Hopscope: this
// instrumentation (with its own request spans for sampled requests, or OpenTelemetry's
// HTTP instrumentation on request) and the Node runtime's event-loop metrics, exported
// over OTLP/HTTP (protobuf by default) to the dashboard or any OpenTelemetry Collector.
import { randomUUID } from 'node:crypto';
import { OTLPMetricExporter as JsonMetricExporter } from '@opentelemetry/exporter-metrics-otlp-http';
import { OTLPMetricExporter as ProtoMetricExporter } from '@opentelemetry/exporter-metrics-otlp-proto';
import { OTLPTraceExporter as JsonTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { OTLPTraceExporter as ProtoTraceExporter } from '@opentelemetry/exporter-trace-otlp-proto';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { RuntimeNodeInstrumentation } from '@opentelemetry/instrumentation-runtime-node';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { PeriodicExportingMetricReader } from '@opentelemetry/sdk-metrics';
import { NodeSDK } from '@opentelemetry/sdk-node';
import { AlwaysOnSampler, ParentBasedSampler, TraceIdRatioBasedSampler } from '@opentelemetry/sdk-trace-base';
import { MiddlewareInstrumentation } from './instrumentation';
import * as sc from './semconv';
import type { MiddlewareInstrumentationConfig } from './types';

export interface RegisterOptions {
  serviceName: string;
  serviceVersion?: string;
  /** deployment.environment.name; default NODE_ENV or "development". */
  environment?: string;
  /** The dashboard (or Collector) base URL; default HOPSCOPE_ENDPOINT or http://127.0.0.1:3000. */
  endpoint?: string;
  /** Bearer token the receiver expects; default HOPSCOPE_INGEST_TOKEN. */
  token?: string;
  /** More headers for every export (a Collector's own authentication, say). */
  headers?: Record<string, string>;
  /** More resource attributes (OTEL_RESOURCE_ATTRIBUTES in the zero-code start). */
  resourceAttributes?: Record<string, string>;
  /**
   * Share of requests traced at random (spans per middleware) besides the exemplars Hopscope
   * keeps anyway; metrics cover every request. Default 0; with httpInstrumentation it is the
   * server spans' sampling ratio, default 0.1.
   */
  spanSampleRatio?: number;
  /** OTLP/HTTP encoding. Default 'http/protobuf' (smaller and faster to decode than JSON). */
  protocol?: 'http/protobuf' | 'http/json';
  /**
   * Also install OpenTelemetry's HTTP instrumentation (server spans for every request,
   * client spans for outgoing calls). Off by default: it costs about a fifth of a small
   * Express app's throughput (see the package README); without it Hopscope makes the
   * request span itself, for sampled requests only.
   */
  httpInstrumentation?: boolean;
  /** How often metrics are exported, ms. Default 10000. */
  exportIntervalMs?: number;
  instrumentation?: MiddlewareInstrumentationConfig;
}

export interface Registration {
  readonly sdk: NodeSDK;
  readonly instrumentation: MiddlewareInstrumentation;
  /** Flushes what is buffered and stops exporting. */
  shutdown(): Promise<void>;
}

export function register(options: RegisterOptions): Registration {
  if (!options || typeof options.serviceName !== 'string' || options.serviceName === '') {
    throw new TypeError('register() needs a serviceName');
  }
  // With the HTTP instrumentation the SDK's sampler decides on server spans (a tenth by
  // default); without it Hopscope keeps exemplars, and a ratio only adds random traces.
  const ratio = options.spanSampleRatio ?? (options.httpInstrumentation ? 0.1 : 0);
  if (!(ratio >= 0 && ratio <= 1)) throw new RangeError(`spanSampleRatio must be between 0 and 1, got ${ratio}`);
  const endpoint = (options.endpoint ?? process.env.HOPSCOPE_ENDPOINT ?? 'http://127.0.0.1:3000').replace(/\/+$/, '');
  const token = options.token ?? process.env.HOPSCOPE_INGEST_TOKEN;
  const headers: Record<string, string> = {
    ...options.headers,
    ...(token ? { Authorization: `Bearer ${token}` } : {}),
  };

  const json = options.protocol === 'http/json';
  const traceExporter = json
    ? new JsonTraceExporter({ url: `${endpoint}/v1/traces`, headers })
    : new ProtoTraceExporter({ url: `${endpoint}/v1/traces`, headers });
  const metricOptions = { url: `${endpoint}/v1/metrics`, headers };
  const metricExporter = json ? new JsonMetricExporter(metricOptions) : new ProtoMetricExporter(metricOptions);

  const instrumentation = new MiddlewareInstrumentation({ spanSampleRatio: ratio, ...options.instrumentation });
  const reader = new PeriodicExportingMetricReader({
    exporter: metricExporter,
    exportIntervalMillis: options.exportIntervalMs ?? 10_000,
    metricProducers: [instrumentation.metricProducer],
  });
  const sdk = new NodeSDK({
    resource: resourceFromAttributes({
      ...options.resourceAttributes,
      [sc.RESOURCE_SERVICE_NAME]: options.serviceName,
      [sc.RESOURCE_SERVICE_VERSION]: options.serviceVersion ?? 'unknown',
      [sc.RESOURCE_ENVIRONMENT]: options.environment ?? process.env.NODE_ENV ?? 'development',
      [sc.RESOURCE_INSTANCE_ID]: randomUUID(),
    }),
    // With the HTTP instrumentation the SDK samples each request's server span; without
    // it the middleware instrumentation decides itself, before any span work.
    sampler: new ParentBasedSampler({
      root: options.httpInstrumentation ? new TraceIdRatioBasedSampler(ratio) : new AlwaysOnSampler(),
    }),
    traceExporter,
    metricReaders: [reader],
    instrumentations: [
      ...(options.httpInstrumentation ? [new HttpInstrumentation()] : []),
      instrumentation,
      new RuntimeNodeInstrumentation(),
    ],
  });
  sdk.start();
  const shutdown = async () => {
    // The last interval's exemplars become spans when the reader collects: before the
    // tracer provider stops taking spans.
    await reader.forceFlush();
    await sdk.shutdown();
  };
  return { sdk, instrumentation, shutdown };
}

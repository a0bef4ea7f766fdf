// The OpenTelemetry instrumentation: decides everything at setup time (its config made into
// settings.ts's Settings: threshold, routes, ignore list, tracer, sampling, budget, profiler;
// the detail picks which hooks run), then patches frameworks as they load. Measuring lives
// in occupancy.ts and hops.ts, recording in recorder.ts, the patches in frameworks/.
import type { TracerProvider } from '@opentelemetry/api';
import type { MetricProducer } from '@opentelemetry/sdk-metrics';
import { InstrumentationBase, type InstrumentationNodeModuleDefinition } from '@opentelemetry/instrumentation';
import { connectModules } from './frameworks/connect';
import { expressModules } from './frameworks/express';
import type { Shimmer } from './internal-types';
import { fastifyModules } from './frameworks/fastify';
import { hapiModules } from './frameworks/hapi';
import { unsupportedModules } from './frameworks/unsupported';
import { koaModules } from './frameworks/koa';
import { forgetLastSlots } from './exemplars';
import { disableHops, enableHops } from './hops';
import { middlewareMetricProducer } from './metric-producer';
import { profiler } from './profiler';
import { cancelReaderCheck, DEFAULT_READER_CHECK_MS, scheduleReaderCheck } from './reader-check';
import { forgetLastRoutes } from './registry';
import { INSTRUMENTATION_NAME } from './semconv';
import { activate, settingsOf, type Settings } from './settings';
import type { MiddlewareInstrumentationConfig } from './types';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const VERSION: string = require('../package.json').version;

export class MiddlewareInstrumentation extends InstrumentationBase<MiddlewareInstrumentationConfig> {
  /** The instance measuring in this process, if any (settings.ts: one at a time). */
  private static measuring: MiddlewareInstrumentation | null = null;

  constructor(config: MiddlewareInstrumentationConfig = {}) {
    super(INSTRUMENTATION_NAME, VERSION, config);
  }

  /** Pass to a metric reader: `new PeriodicExportingMetricReader({ exporter, metricProducers: [it] })`. */
  get metricProducer(): MetricProducer {
    return middlewareMetricProducer;
  }

  protected init(): InstrumentationNodeModuleDefinition[] {
    // shimmer's generic signatures, narrowed to the prototype methods the patches wrap.
    const shimmer = { wrap: this._wrap.bind(this), unwrap: this._unwrap.bind(this) } as unknown as Shimmer;
    return [
      ...expressModules(shimmer),
      ...connectModules(),
      ...koaModules(),
      ...fastifyModules(shimmer),
      ...hapiModules(shimmer),
      ...unsupportedModules(),
    ];
  }

  override setConfig(config: MiddlewareInstrumentationConfig = {}): void {
    // Checked before it is taken: a bad value leaves the instance as it was. (The base
    // class's constructor calls this before it has a tracer: hence the ?? null.)
    const settings = settingsOf(config, this.tracer ?? null);
    super.setConfig(config);
    this.apply(settings);
  }

  override setTracerProvider(tracerProvider: TracerProvider): void {
    super.setTracerProvider(tracerProvider);
    this.apply(settingsOf(this.getConfig(), this.tracer));
  }

  override enable(): void {
    const measuring = MiddlewareInstrumentation.measuring;
    if (measuring !== null && measuring !== this) {
      throw new Error(
        'Hopscope measures with one MiddlewareInstrumentation per process (the frameworks are patched on their prototypes, and there is one JavaScript thread to time): another one is enabled. Use that one, or disable() it first.',
      );
    }
    const settings = settingsOf(this.getConfig(), this.tracer);
    super.enable();
    MiddlewareInstrumentation.measuring = this;
    this.apply(settings);
    middlewareMetricProducer.setEnabled(true);
    scheduleReaderCheck(this.getConfig().metricReaderCheckMs ?? DEFAULT_READER_CHECK_MS);
    if (this.getConfig().detail === 'sync') disableHops();
    else enableHops();
    if (settings.profile !== null) profiler.start(settings.profile);
  }

  override disable(): void {
    super.disable();
    if (MiddlewareInstrumentation.measuring !== this) return;
    MiddlewareInstrumentation.measuring = null;
    disableHops();
    profiler.stop();
    cancelReaderCheck();
    middlewareMetricProducer.setEnabled(false);
  }

  /** The settings of this instance's config, read by the measuring modules once it measures. */
  private apply(settings: Settings): void {
    if (MiddlewareInstrumentation.measuring !== this) return;
    activate(settings);
    forgetLastRoutes();
    forgetLastSlots();
  }
}

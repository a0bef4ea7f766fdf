// The OpenTelemetry instrumentation: decides everything at setup time (detail, threshold,
// budget, ignore list), then patches frameworks as they load. Measuring lives in
// occupancy.ts and hops.ts, recording in recorder.ts, the patches in frameworks/.
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
import { configureExemplars } from './exemplars';
import { disableHops, enableHops } from './hops';
import { middlewareMetricProducer } from './metric-producer';
import { configureOccupancy } from './occupancy';
import { profiler, type ProfilerSettings } from './profiler';
import { cancelReaderCheck, DEFAULT_READER_CHECK_MS, scheduleReaderCheck } from './reader-check';
import { configureRecorder } from './recorder';
import { configureRegistry } from './registry';
import { INSTRUMENTATION_NAME } from './semconv';
import type { MiddlewareInstrumentationConfig } from './types';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const VERSION: string = require('../package.json').version;

export class MiddlewareInstrumentation extends InstrumentationBase<MiddlewareInstrumentationConfig> {
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
    return [...expressModules(shimmer), ...connectModules(), ...koaModules(), ...fastifyModules(shimmer), ...hapiModules(shimmer), ...unsupportedModules()];
  }

  override setConfig(config: MiddlewareInstrumentationConfig = {}): void {
    super.setConfig(config);
    this.applyConfig();
  }

  override setTracerProvider(tracerProvider: TracerProvider): void {
    super.setTracerProvider(tracerProvider);
    this.applyConfig();
  }

  override enable(): void {
    super.enable();
    this.applyConfig();
    middlewareMetricProducer.setEnabled(true);
    scheduleReaderCheck(this.getConfig().metricReaderCheckMs ?? DEFAULT_READER_CHECK_MS);
    if (this.getConfig().detail === 'sync') disableHops();
    else enableHops();
    const profile = profileSettings(this.getConfig());
    if (profile !== null) profiler.start(profile, this.getConfig().blockingThreshold ?? 10);
  }

  override disable(): void {
    super.disable();
    disableHops();
    profiler.stop();
    cancelReaderCheck();
    middlewareMetricProducer.setEnabled(false);
  }

  private applyConfig(): void {
    const config = this.getConfig();
    const threshold = config.blockingThreshold ?? 10;
    if (!(threshold > 0)) throw new RangeError(`blockingThreshold must be a positive number of ms, got ${threshold}`);
    if (config.budget !== undefined && !(config.budget.occupancyMs > 0)) {
      throw new RangeError(`budget.occupancyMs must be a positive number of ms, got ${config.budget.occupancyMs}`);
    }
    configureOccupancy(threshold);
    const maxRoutes = config.maxRoutesPerMiddleware ?? 200;
    configureRegistry(maxRoutes, config.ignore);
    configureExemplars(maxRoutes);
    const ratio = config.spanSampleRatio ?? 0;
    if (!(ratio >= 0 && ratio <= 1)) throw new RangeError(`spanSampleRatio must be between 0 and 1, got ${ratio}`);
    configureRecorder(this.tracer, config.budget, ratio);
    profileSettings(config);
  }
}

/** The profiler's settings, checked; null when profiling is off. */
function profileSettings(config: MiddlewareInstrumentationConfig): ProfilerSettings | null {
  const p = config.profile;
  if (p === undefined || p === false) return null;
  const { intervalMs = 10, depth = 32 } = p === true ? {} : p;
  if (!(intervalMs >= 1 && intervalMs <= 1000)) throw new RangeError(`profile.intervalMs must be 1 to 1000 ms, got ${intervalMs}`);
  if (!(Number.isInteger(depth) && depth >= 1 && depth <= 256)) throw new RangeError(`profile.depth must be a whole number of frames from 1 to 256, got ${depth}`);
  return { intervalMs, depth };
}

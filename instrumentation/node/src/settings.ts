// What a MiddlewareInstrumentation decided at setup, from its config, checked: how it
// records (blocking threshold, routes kept, middleware ignored), where spans go and how
// many (tracer, sample ratio), the budget and the profiler. One object per instance, made
// again whole when its config or tracer changes.
//
// The frameworks' patches and the thread's clock belong to the process (the patches are on
// the frameworks' prototypes; there is one JavaScript thread), so one instance measures at
// a time: the enabled one's settings are `active`, read by recorder.ts, registry.ts,
// exemplars.ts, occupancy.ts and profiler.ts, and a second instance enabled beside it is
// refused (instrumentation.ts) rather than mixing two configs without a word.
import type { Tracer } from '@opentelemetry/api';
import type { Framework, MiddlewareInstrumentationConfig } from './types';

export interface ProfilerSettings {
  intervalMs: number;
  depth: number;
}

export interface Settings {
  readonly blockingThresholdMs: number;
  readonly maxRoutes: number;
  readonly ignored: (name: string, framework: Framework) => boolean;
  readonly tracer: Tracer | null;
  readonly sampleRatio: number;
  /** Infinity without a budget. */
  readonly budgetMs: number;
  readonly budgetWarn: boolean;
  readonly budgetThrow: boolean;
  /** null: not profiling. */
  readonly profile: ProfilerSettings | null;
}

/** The settings `config` asks for; a bad value throws a RangeError naming the setting. */
export function settingsOf(config: MiddlewareInstrumentationConfig, tracer: Tracer | null): Settings {
  const threshold = config.blockingThreshold ?? 10;
  if (!(threshold > 0)) throw new RangeError(`blockingThreshold must be a positive number of ms, got ${threshold}`);
  const budget = config.budget;
  if (budget !== undefined && !(budget.occupancyMs > 0)) {
    throw new RangeError(`budget.occupancyMs must be a positive number of ms, got ${budget.occupancyMs}`);
  }
  const ratio = config.spanSampleRatio ?? 0;
  if (!(ratio >= 0 && ratio <= 1)) throw new RangeError(`spanSampleRatio must be between 0 and 1, got ${ratio}`);
  return {
    blockingThresholdMs: threshold,
    maxRoutes: config.maxRoutesPerMiddleware ?? 200,
    ignored: ignoreRule(config.ignore),
    tracer,
    sampleRatio: ratio,
    budgetMs: budget ? budget.occupancyMs : Infinity,
    budgetWarn: budget?.onExceeded === 'warn',
    budgetThrow: budget?.onExceeded === 'throw',
    profile: profileSettings(config.profile),
  };
}

function ignoreRule(ignore: MiddlewareInstrumentationConfig['ignore']): Settings['ignored'] {
  if (typeof ignore === 'function') {
    // A user's predicate must never break the app: a throwing one ignores nothing.
    return (name, framework) => {
      try {
        return ignore(name, framework) === true;
      } catch {
        return false;
      }
    };
  }
  const names = new Set(ignore ?? []);
  return (name) => names.has(name);
}

function profileSettings(p: MiddlewareInstrumentationConfig['profile']): ProfilerSettings | null {
  if (p === undefined || p === false) return null;
  const { intervalMs = 10, depth = 32 } = p === true ? {} : p;
  if (!(intervalMs >= 1 && intervalMs <= 1000))
    throw new RangeError(`profile.intervalMs must be 1 to 1000 ms, got ${intervalMs}`);
  if (!(Number.isInteger(depth) && depth >= 1 && depth <= 256))
    throw new RangeError(`profile.depth must be a whole number of frames from 1 to 256, got ${depth}`);
  return { intervalMs, depth };
}

/** The settings of the instance measuring (defaults until one is enabled). */
export let active: Settings = settingsOf({}, null);

export function activate(settings: Settings): void {
  active = settings;
}

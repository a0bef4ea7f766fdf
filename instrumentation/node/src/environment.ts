// register()'s options from the environment, for the zero-code start
// (`node --require @hopscope/instrumentation/register app.js`): OpenTelemetry's standard
// variables where there is one, HOPSCOPE_* for Hopscope's own options. Every value is
// checked here, at start, and a wrong one stops the service with a message that names the
// variable and the value: a typo must not silently turn measuring off.
import type { RegisterOptions } from './register';
import * as sc from './semconv';

type Env = Record<string, string | undefined>;

export class ConfigurationError extends Error {
  constructor(variable: string, value: string, expected: string) {
    super(`${variable}=${JSON.stringify(value)} is not valid: ${expected}`);
    this.name = 'ConfigurationError';
  }
}

/** `key=value,key=value` with percent-encoded values (OTEL_RESOURCE_ATTRIBUTES, OTEL_EXPORTER_OTLP_HEADERS). */
function keyValues(variable: string, value: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of value.split(',')) {
    if (part.trim() === '') continue;
    const eq = part.indexOf('=');
    if (eq <= 0) throw new ConfigurationError(variable, value, 'expected comma-separated key=value pairs');
    try {
      out[decodeURIComponent(part.slice(0, eq).trim())] = decodeURIComponent(part.slice(eq + 1).trim());
    } catch {
      throw new ConfigurationError(variable, value, 'a key or value is not valid percent-encoding');
    }
  }
  return out;
}

function number(env: Env, variable: string, check: (n: number) => boolean, expected: string): number | undefined {
  const v = env[variable];
  if (v === undefined || v.trim() === '') return undefined;
  const n = Number(v);
  if (!Number.isFinite(n) || !check(n)) throw new ConfigurationError(variable, v, expected);
  return n;
}

function oneOf<T extends string>(env: Env, variable: string, values: readonly T[]): T | undefined {
  const v = env[variable];
  if (v === undefined || v.trim() === '') return undefined;
  const t = v.trim().toLowerCase() as T;
  if (!values.includes(t)) throw new ConfigurationError(variable, v, `expected one of ${values.join(', ')}`);
  return t;
}

function url(env: Env, variable: string): string | undefined {
  const v = env[variable];
  if (v === undefined || v.trim() === '') return undefined;
  let parsed: URL;
  try {
    parsed = new URL(v.trim());
  } catch {
    throw new ConfigurationError(variable, v, 'expected an http(s) URL such as http://127.0.0.1:3000');
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
    throw new ConfigurationError(variable, v, 'expected an http(s) URL');
  return v.trim();
}

/** register()'s options as the environment gives them; throws ConfigurationError for a wrong value. */
export function registerOptionsFromEnv(env: Env = process.env): RegisterOptions {
  const resource = env.OTEL_RESOURCE_ATTRIBUTES
    ? keyValues('OTEL_RESOURCE_ATTRIBUTES', env.OTEL_RESOURCE_ATTRIBUTES)
    : {};
  const headers = env.OTEL_EXPORTER_OTLP_HEADERS
    ? keyValues('OTEL_EXPORTER_OTLP_HEADERS', env.OTEL_EXPORTER_OTLP_HEADERS)
    : {};
  const protocol = oneOf(env, 'OTEL_EXPORTER_OTLP_PROTOCOL', ['http/protobuf', 'http/json'] as const);
  const detail = oneOf(env, 'HOPSCOPE_DETAIL', ['full', 'sync'] as const);
  const http = oneOf(env, 'HOPSCOPE_HTTP_INSTRUMENTATION', ['true', 'false'] as const);
  const threshold = number(
    env,
    'HOPSCOPE_BLOCKING_THRESHOLD_MS',
    (n) => n > 0,
    'expected a positive number of milliseconds',
  );
  const profile = oneOf(env, 'HOPSCOPE_PROFILE', ['true', 'false'] as const);
  const profileInterval = number(
    env,
    'HOPSCOPE_PROFILE_INTERVAL_MS',
    (n) => n >= 1 && n <= 1000,
    'expected milliseconds between samples, 1 to 1000',
  );
  const profileDepth = number(
    env,
    'HOPSCOPE_PROFILE_DEPTH',
    (n) => Number.isInteger(n) && n >= 1 && n <= 256,
    'expected a whole number of frames, 1 to 256',
  );
  const ignore = env.HOPSCOPE_IGNORE?.split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  return {
    serviceName:
      env.OTEL_SERVICE_NAME?.trim() || resource[sc.RESOURCE_SERVICE_NAME] || `unknown_service:${process.argv0}`,
    serviceVersion: resource[sc.RESOURCE_SERVICE_VERSION],
    environment: resource[sc.RESOURCE_ENVIRONMENT],
    resourceAttributes: resource,
    endpoint: url(env, 'HOPSCOPE_ENDPOINT') ?? url(env, 'OTEL_EXPORTER_OTLP_ENDPOINT'),
    headers,
    spanSampleRatio: number(
      env,
      'HOPSCOPE_SPAN_SAMPLE_RATIO',
      (n) => n >= 0 && n <= 1,
      'expected a number from 0 to 1',
    ),
    protocol,
    httpInstrumentation: http === undefined ? undefined : http === 'true',
    exportIntervalMs: number(
      env,
      'OTEL_METRIC_EXPORT_INTERVAL',
      (n) => n >= 100,
      'expected milliseconds, at least 100',
    ),
    instrumentation: {
      ...(detail === undefined ? {} : { detail }),
      ...(threshold === undefined ? {} : { blockingThreshold: threshold }),
      ...(ignore === undefined || ignore.length === 0 ? {} : { ignore }),
      ...(profile === 'true' ? { profile: { intervalMs: profileInterval, depth: profileDepth } } : {}),
    },
  };
}

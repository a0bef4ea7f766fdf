// What only the dashboard reads of the telemetry it receives. The names shared with the
// producers are the Node package's contract (instrumentation/node/src/semconv.ts, imported
// as '@hopscope/instrumentation/semconv'), the one source.

/** The attribute's name before semantic conventions 1.27. */
export const RESOURCE_ENVIRONMENT_OLD = 'deployment.environment';

/** OpenTelemetry's Node runtime metrics (gauges) the services page shows. */
export const METRIC_EVENTLOOP_UTILIZATION = 'nodejs.eventloop.utilization';
export const METRIC_EVENTLOOP_DELAY_P99 = 'nodejs.eventloop.delay.p99';

/**
 * Middleware spans of OpenTelemetry's own instrumentations: `<prefix>.type` says what the
 * span is, `<prefix>.name` names the middleware. They carry wall time only.
 */
export const PLAIN_SPAN_PREFIXES = ['express', 'connect', 'koa', 'fastify'] as const;
export const PLAIN_MIDDLEWARE_TYPES = new Set(['middleware', 'request_handler', 'hook']);

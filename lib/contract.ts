// The telemetry contract as the dashboard reads it (../shared/DESIGN.md, "Telemetry
// contract"). The producer side is instrumentation/node/src/semconv.ts.

export const SCOPE_HOPSCOPE = '@hopscope/instrumentation';

export const RESOURCE_SERVICE_NAME = 'service.name';
export const RESOURCE_SERVICE_VERSION = 'service.version';
export const RESOURCE_ENVIRONMENT = 'deployment.environment.name';
/** The attribute's name before semantic conventions 1.27. */
export const RESOURCE_ENVIRONMENT_OLD = 'deployment.environment';

export const ATTR_NAME = 'middleware.name';
export const ATTR_FRAMEWORK = 'middleware.framework';
export const ATTR_POSITION = 'middleware.position';
export const ATTR_DURATION = 'middleware.duration';
export const ATTR_OCCUPANCY = 'middleware.occupancy';
export const ATTR_HOPS = 'middleware.hops';
export const ATTR_BLOCKING_MAX = 'middleware.blocking.max';
export const ATTR_STALL = 'middleware.stall';
export const ATTR_HTTP_ROUTE = 'http.route';
export const ATTR_HTTP_METHOD = 'http.request.method';
export const ATTR_ERROR_TYPE = 'error.type';
export const ATTR_HOP_KIND = 'middleware.hop.kind';

export const METRIC_DURATION = 'middleware.duration';
export const METRIC_OCCUPANCY = 'middleware.occupancy';
export const METRIC_HOPS = 'middleware.hops';
export const METRIC_HOPS_COUNT = 'middleware.hops.count';
export const METRIC_STALL = 'middleware.stall';
export const METRIC_BLOCKING_COUNT = 'middleware.blocking.count';

/** OpenTelemetry's Node runtime metrics (gauges) the services page shows. */
export const METRIC_EVENTLOOP_UTILIZATION = 'nodejs.eventloop.utilization';
export const METRIC_EVENTLOOP_DELAY_P99 = 'nodejs.eventloop.delay.p99';

export const HOP_KINDS = ['microtask', 'io', 'threadpool', 'worker', 'thread'] as const;
export type HopKindName = (typeof HOP_KINDS)[number];

/**
 * Middleware spans of OpenTelemetry's own instrumentations: `<prefix>.type` says what the
 * span is, `<prefix>.name` names the middleware. They carry wall time only.
 */
export const PLAIN_SPAN_PREFIXES = ['express', 'connect', 'koa', 'fastify'] as const;
export const PLAIN_MIDDLEWARE_TYPES = new Set(['middleware', 'request_handler', 'hook']);

/** Where names from a misbehaving producer fold once a service has too many. */
export const OTHER = '(other)';

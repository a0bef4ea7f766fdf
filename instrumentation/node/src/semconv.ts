// The telemetry contract (../../shared/DESIGN.md, "Telemetry contract"): every span
// attribute and metric name this package emits. The dashboard reads the same names from
// lib/contract.ts; keep the two in step.

export const INSTRUMENTATION_NAME = '@hopscope/instrumentation';

export const SPAN_NAME_PREFIX = 'middleware - ';

export const ATTR_NAME = 'middleware.name';
export const ATTR_FRAMEWORK = 'middleware.framework';
export const ATTR_POSITION = 'middleware.position';
export const ATTR_DURATION = 'middleware.duration';
export const ATTR_OCCUPANCY = 'middleware.occupancy';
export const ATTR_HOPS = 'middleware.hops';
export const ATTR_HOPS_MICROTASK = 'middleware.hops.microtask';
export const ATTR_HOPS_IO = 'middleware.hops.io';
export const ATTR_HOPS_THREADPOOL = 'middleware.hops.threadpool';
export const ATTR_HOPS_WORKER = 'middleware.hops.worker';
export const ATTR_THREADPOOL_DURATION = 'middleware.threadpool.duration';
export const ATTR_BLOCKING_COUNT = 'middleware.blocking.count';
export const ATTR_BLOCKING_MAX = 'middleware.blocking.max';
export const ATTR_STALL = 'middleware.stall';
export const ATTR_HTTP_ROUTE = 'http.route';
export const ATTR_HTTP_METHOD = 'http.request.method';
export const ATTR_HTTP_STATUS = 'http.response.status_code';
export const ATTR_ERROR_TYPE = 'error.type';
export const ATTR_THREAD_ID = 'thread.id';
export const ATTR_THREAD_NAME = 'thread.name';
export const ATTR_HOP_KIND = 'middleware.hop.kind';

export const EVENT_BLOCKING = 'middleware.blocking';

export const METRIC_DURATION = 'middleware.duration';
export const METRIC_OCCUPANCY = 'middleware.occupancy';
export const METRIC_HOPS = 'middleware.hops';
export const METRIC_HOPS_COUNT = 'middleware.hops.count';
export const METRIC_STALL = 'middleware.stall';
export const METRIC_BLOCKING_COUNT = 'middleware.blocking.count';

/** Hop kinds in the order of Invocation's hop counters. */
export const HOP_KIND_NAMES = ['microtask', 'io', 'threadpool', 'worker'] as const;

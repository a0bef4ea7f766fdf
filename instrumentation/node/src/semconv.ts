// The telemetry contract (docs/design.md, "Telemetry contract"): every name a
// Hopscope producer emits and the dashboard reads. This file is the one source: the
// dashboard imports it (`@hopscope/instrumentation/semconv`), and the Django producer's
// instrumentation/python/hopscope/semconv.py is checked against it by test/unit/contract.test.ts.
// Nothing here may import anything: the dashboard loads it without the SDK.

export const INSTRUMENTATION_NAME = '@hopscope/instrumentation';

export const SPAN_NAME_PREFIX = 'middleware - ';

export const RESOURCE_SERVICE_NAME = 'service.name';
export const RESOURCE_SERVICE_VERSION = 'service.version';
export const RESOURCE_ENVIRONMENT = 'deployment.environment.name';
export const RESOURCE_INSTANCE_ID = 'service.instance.id';

export const ATTR_NAME = 'middleware.name';
export const ATTR_FRAMEWORK = 'middleware.framework';
export const ATTR_POSITION = 'middleware.position';
export const ATTR_DURATION = 'middleware.duration';
export const ATTR_OCCUPANCY = 'middleware.occupancy';
export const ATTR_HOPS = 'middleware.hops';
export const ATTR_THREADPOOL_DURATION = 'middleware.threadpool.duration';
export const ATTR_BLOCKING_COUNT = 'middleware.blocking.count';
export const ATTR_BLOCKING_MAX = 'middleware.blocking.max';
export const ATTR_STALL = 'middleware.stall';
/** Django: `sync` or `async`, as Django resolved the middleware. */
export const ATTR_MODE = 'middleware.mode';
/** Django: time queued for the shared sync thread. */
export const ATTR_THREAD_WAIT = 'middleware.thread.wait';
/** Django: time it kept the shared sync thread, what it waited for downstream included. */
export const ATTR_THREAD_HELD = 'middleware.thread.held';
/** Django: occupancy's part on the sync thread, and on the event loop. */
export const ATTR_THREAD_TIME = 'middleware.thread.time';
export const ATTR_EVENTLOOP_TIME = 'middleware.eventloop.time';
export const ATTR_HTTP_ROUTE = 'http.route';
export const ATTR_HTTP_METHOD = 'http.request.method';
export const ATTR_HTTP_STATUS = 'http.response.status_code';
export const ATTR_ERROR_TYPE = 'error.type';
export const ATTR_THREAD_ID = 'thread.id';
export const ATTR_THREAD_NAME = 'thread.name';
/** The attribute of middleware.hops.count that says which kind. */
export const ATTR_HOP_KIND = 'middleware.hop.kind';

export const EVENT_BLOCKING = 'middleware.blocking';

// Why it blocks (docs/design.md, "Stacks"): the profiler's samples of the thread while a
// middleware held it, as a delta sum per middleware and stack (over all its routes). A stack is
// folded, root to leaf, frames joined by ';', each `function (file:line)` (file relative to
// the service's working directory; `line` the function's first line); '…;' leads a stack
// cut to its leaf-most frames. The value counts samples; METRIC_PROFILE_INTERVAL says
// what one sample is worth.
export const METRIC_PROFILE_SAMPLES = 'hopscope.middleware.profile.samples';
export const ATTR_PROFILE_STACK = 'hopscope.profile.stack';
/** Seconds between samples (a gauge, sent with the samples). */
export const METRIC_PROFILE_INTERVAL = 'hopscope.profile.interval';
/** On a middleware's span: the most frequent stack of its longest blocking segment. */
export const ATTR_BLOCKING_STACK = 'middleware.blocking.stack';
/** Where a middleware's stacks fold past the producer's bound per interval. */
export const OTHER_STACKS = '(other stacks)';

export const METRIC_DURATION = 'middleware.duration';
export const METRIC_OCCUPANCY = 'middleware.occupancy';
export const METRIC_HOPS = 'middleware.hops';
export const METRIC_HOPS_COUNT = 'middleware.hops.count';
export const METRIC_STALL = 'middleware.stall';
export const METRIC_BLOCKING_COUNT = 'middleware.blocking.count';
/** Django: histograms (s) of thread held and thread wait per invocation. */
export const METRIC_THREAD_HELD = 'middleware.thread.held';
export const METRIC_THREAD_WAIT = 'middleware.thread.wait';
/** Django: gauges of the process, per export: sync threads kept busy, mean (its holds'
 *  time over the interval; on Django 3.x the shared thread's utilization, 0..1), and its
 *  threads (OpenTelemetry's process.thread.count). */
export const METRIC_SYNC_THREAD_UTILIZATION = 'django.sync_thread.utilization';
export const METRIC_THREAD_COUNT = 'process.thread.count';
/** Django: the threading model in force, as the share of requests whose thread-sensitive
 *  sync code shared the process's one thread (1 on Django 3.x) rather than having a thread
 *  of their own (0 on Django 4.0 and later, which opens a ThreadSensitiveContext per request). */
export const METRIC_SHARED_SYNC_THREAD = 'hopscope.django.sync_thread.shared';
/**
 * Machine load, per export (gauges): the process's CPU time over wall time (1 is one core
 * busy), the system's 1-minute load average and its logical CPUs. Occupancy is wall time,
 * so a loaded machine stretches it; compare says when two sides ran under different load.
 */
export const METRIC_PROCESS_CPU_UTILIZATION = 'process.cpu.utilization';
export const METRIC_LOAD_AVERAGE = 'system.cpu.load_average.1m';
export const METRIC_CPU_COUNT = 'system.cpu.logical.count';

/**
 * What the process used of each resource that can bound its throughput, per export (delta
 * sums, seconds, over the same interval as the requests): the dashboard divides each by the
 * requests to find which one binds (DESIGN: "concurrency ceiling").
 */
export const METRIC_REQUESTS = 'hopscope.requests';
/** CPU time of the whole process, every thread. */
export const METRIC_CPU_TIME = 'hopscope.process.cpu.time';
/** Node: time the event loop was busy (not idle waiting for events), and time its thread
 *  waited for a core (the run queue): busy time other threads stretched, the CPU's limit. */
export const METRIC_EVENTLOOP_BUSY = 'hopscope.eventloop.busy';
export const METRIC_EVENTLOOP_PREEMPTED = 'hopscope.eventloop.preempted';
/** Time the pool's threads ran (queueing for a thread excluded): libuv's (Node), anyio's
 *  (Starlette). */
export const METRIC_THREADPOOL_BUSY = 'hopscope.threadpool.busy';
/** Gauges: the pool's threads (libuv's UV_THREADPOOL_SIZE; anyio's limiter tokens, 40 by
 *  default), and the cores the process could use
 *  (affinity and cgroup quota, less what other processes ran there; Python: at most one
 *  while the GIL serialises its threads). */
export const METRIC_THREADPOOL_SIZE = 'hopscope.threadpool.size';
/** Gauges (Starlette): the pool's tokens in use and the calls waiting for one, each the mean
 *  over the export interval (its busy time and its calls' wait over the interval: Little's
 *  law), not a sample of one moment. */
export const METRIC_THREADPOOL_IN_USE = 'hopscope.threadpool.in_use';
export const METRIC_THREADPOOL_WAITING = 'hopscope.threadpool.waiting';
export const METRIC_CPU_AVAILABLE = 'hopscope.cpu.available';
/** Per middleware (delta sum, s): the time of its thread-pool hops (Node: dispatch to
 *  callback; Starlette: on the thread), the share by which the pool's busy time is charged
 *  to it. */
export const METRIC_THREADPOOL_DURATION = 'middleware.threadpool.duration';

/**
 * The framework's own steps: they appear in the chain and the table, marked as the
 * framework's, and are never named the blocker nor offered as something to remove
 * (Express 4's built-in query parser and request setup; Django's and Starlette's handler).
 */
export const FRAMEWORK_STEPS: Readonly<Record<string, readonly string[]>> = {
  express: ['query', 'expressInit'],
  django: ['django.handler'],
  starlette: ['starlette.handler'],
};
export const isFrameworkStep = (framework: string, name: string): boolean =>
  FRAMEWORK_STEPS[framework]?.includes(name) ?? false;

/**
 * Every kind of hop, in one order everywhere: microtask, io, threadpool and worker are
 * the Node producer's; thread (a switch between Django's event loop and its sync thread)
 * the Django producer's; threadpool (a call on anyio's pool) the Starlette producer's too.
 */
export const HOP_KINDS = ['microtask', 'io', 'threadpool', 'worker', 'thread'] as const;
export type HopKindName = (typeof HOP_KINDS)[number];
/** The kinds the Node producer measures. */
export type NodeHopKind = Exclude<HopKindName, 'thread'>;

/** A span's hop count of one kind: `middleware.hops.<kind>`. */
export const ATTR_HOPS_BY_KIND = {
  microtask: 'middleware.hops.microtask',
  io: 'middleware.hops.io',
  threadpool: 'middleware.hops.threadpool',
  worker: 'middleware.hops.worker',
  thread: 'middleware.hops.thread',
} as const satisfies Record<HopKindName, `${typeof ATTR_HOPS}.${HopKindName}`>;

/** Where names fold once a producer or a service has too many (routes, middleware). */
export const OTHER = '(other)';

// The histogram layout every producer sends and the dashboard stores (docs/design.md,
// "Telemetry contract"): OpenTelemetry's base-2 exponential buckets at one fixed scale, so
// that histograms from any producer and instance merge by adding counts. Bucket i holds
// the values in (2^(i/32), 2^((i+1)/32)]; values at or below the zero threshold (seconds,
// or hops) go to the zero bucket. Shared test vectors: test/fixtures/histogram-vectors.json.
export const HISTOGRAM_SCALE = 5;
export const HISTOGRAM_ZERO_THRESHOLD = 1e-9;

/** The bucket a positive value above the zero threshold falls in. */
export function histogramBucketIndex(value: number): number {
  return Math.ceil(Math.log2(value) * (1 << HISTOGRAM_SCALE)) - 1;
}

// Shapes the JSON API returns and the pages render: serialisable, no database types.

export type ServiceSummary = {
  name: string;
  versions: string[];
  lastSeen: string;
  /** Over the last five minutes: requests/s (as the producers count them; else the calls of the busiest middleware). */
  requestsPerSecond: number | null;
  /** Over the last five minutes: mean event-loop utilization (0..1) of its instances. */
  eventLoopUtilization: number | null;
  /** Over the last five minutes: the middleware with the most thread time. */
  worstMiddleware: string | null;
};

export type EventLoop = { utilization: number | null; delayP99Ms: number | null };

/**
 * Django's sync threads: the threading model in force (`shared`: Django 3.x, every request's
 * thread-sensitive sync code on one thread of the process; `per-request`: Django 4.0+, a
 * thread per request in flight), the sync threads kept busy (mean; on the shared model its
 * utilization, 0..1) and the process's threads (mean). null where not reported.
 */
export type SyncThread = { model: 'shared' | 'per-request' | null; utilization: number | null; threads: number | null };

/** A thread pool that reports its use (Starlette: anyio's): its threads, the threads in use
 *  and the calls waiting for one (means over the range). null where not reported. */
export type ThreadPool = { threads: number | null; inUse: number | null; waiting: number | null };

/** Machine load over the range (means): the process's CPU over wall time (1 = one core
 *  busy) and the system's 1-minute load average per logical CPU. */
export type MachineLoad = { cpuUtilization: number | null; loadPerCore: number | null };

/** A resource that can bound throughput (lib/query/ceiling.ts). */
export type Resource = 'event-loop' | 'thread-pool' | 'cpu' | 'sync-thread';

/**
 * What bounds throughput: each resource's ceiling (requests/s; null where nothing used it or
 * it was not reported) and the lowest, the one that binds (lib/query/ceiling.ts).
 */
export type Ceiling = {
  eventLoopRps: number | null;
  /** The thread pool: libuv's (Node), anyio's (Starlette). */
  threadPoolRps: number | null;
  /** The cores the process may use (Python: one, under the GIL). */
  cpuRps: number | null;
  /** Django 3.x's one shared sync thread (null under the per-request model: a hold costs a
   *  thread, not a place in one queue). */
  syncThreadRps: number | null;
  binding: Resource | null;
};

/** What one request used of each resource over the range, and what the process had. */
export type ResourceUse = {
  loopMsPerRequest: number | null;
  poolMsPerRequest: number | null;
  poolThreads: number | null;
  cpuMsPerRequest: number | null;
  cores: number | null;
};

export type MiddlewareRow = {
  name: string;
  framework: string;
  calls: number;
  errors: number;
  durationP50Ms: number | null;
  durationP95Ms: number | null;
  durationP99Ms: number | null;
  durationMsPerCall: number | null;
  occupancyP50Ms: number | null;
  occupancyP95Ms: number | null;
  occupancyMsPerCall: number | null;
  /** This middleware's part of all measured occupancy in the range (0..1). */
  occupancyShare: number | null;
  hopsPerCall: number | null;
  threadpoolHopsPerCall: number | null;
  blockingCount: number;
  stallMs: number;
  /** Django: time it kept the shared sync thread, per call and p95 (null where not reported). */
  threadHeldMsPerCall: number | null;
  threadHeldP95Ms: number | null;
  /** Django: time it queued for the shared sync thread, per call and p95. */
  threadWaitMsPerCall: number | null;
  threadWaitP95Ms: number | null;
  /** The service's ceiling if this middleware used nothing: its thread time, pool time and
   *  hold taken out of every resource (lib/query/ceiling.ts). null for a framework step. */
  ceilingWithoutRps: number | null;
  /** The framework's own step (Django's handler, Express 4's query and expressInit): shown,
   *  never named the blocker nor offered as something to remove. */
  frameworkStep: boolean;
  /** false for plain OpenTelemetry spans: duration only. */
  measured: boolean;
  /** Mean position in the request's chain (0 first), from sampled spans; null without any. */
  position: number | null;
};

export type MiddlewareRanking = {
  service: string;
  version: string | null;
  environment: string | null;
  from: string;
  to: string;
  /** Requests/s the service can serve at most: the lower of its ceilings (see Ceiling). */
  ceilingRps: number | null;
  ceiling: Ceiling;
  resources: ResourceUse;
  /** Event-loop utilization (mean) and delay p99 (mean of the instances' p99) over the range. */
  eventLoop: EventLoop;
  syncThread: SyncThread;
  threadPool: ThreadPool;
  machine: MachineLoad;
  middleware: MiddlewareRow[];
};

/** Occupancy ms per call per step (null for a step without calls), keyed by middlewareKey(). */
export type Sparklines = Record<string, (number | null)[]>;

/** One middleware's identity as one string: names are telemetry, so the separator is one
 *  no name carries. */
export const middlewareKey = (framework: string, name: string) => `${framework}\u0000${name}`;

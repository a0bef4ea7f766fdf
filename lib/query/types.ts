// Shapes the JSON API returns and the pages render: serialisable, no database types.

export type ServiceSummary = {
  name: string;
  versions: string[];
  lastSeen: string;
  /** Over the last five minutes: requests/s (calls of the busiest middleware). */
  requestsPerSecond: number | null;
  /** Over the last five minutes: mean event-loop utilization (0..1) of its instances. */
  eventLoopUtilization: number | null;
  /** Over the last five minutes: the middleware with the most thread time. */
  worstMiddleware: string | null;
};

export type EventLoop = { utilization: number | null; delayP99Ms: number | null };

/** Django: share of time the shared sync thread was held (0..1), and the process's threads (mean). */
export type SyncThread = { utilization: number | null; threads: number | null };

/** Machine load over the range (means): the process's CPU over wall time (1 = one core
 *  busy) and the system's 1-minute load average per logical CPU. */
export type MachineLoad = { cpuUtilization: number | null; loadPerCore: number | null };

/**
 * What bounds throughput. The event loop (one JavaScript or asyncio thread) serves at most
 * 1 / (occupancy per request) requests/s; where sync code shares one thread (Django under
 * ASGI, asgiref's thread-sensitive mode) requests also queue for it, so at most
 * 1 / (thread held per request). The lower one binds.
 */
export type Ceiling = {
  eventLoopRps: number | null;
  /** null where no producer reports holding a shared sync thread. */
  syncThreadRps: number | null;
  binding: 'event-loop' | 'sync-thread' | null;
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
  /** The service's ceiling if this middleware's thread time (and hold) were zero, same rule. */
  ceilingWithoutRps: number | null;
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
  /** Event-loop utilization (mean) and delay p99 (mean of the instances' p99) over the range. */
  eventLoop: EventLoop;
  syncThread: SyncThread;
  machine: MachineLoad;
  middleware: MiddlewareRow[];
};

/** Occupancy ms per call per step (null for a step without calls), keyed by middlewareKey(). */
export type Sparklines = Record<string, (number | null)[]>;

/** One middleware's identity as one string: names are telemetry, so the separator is one
 *  no name carries. */
export const middlewareKey = (framework: string, name: string) => `${framework}\u0000${name}`;

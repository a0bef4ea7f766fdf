// Pre-keyed per-interval aggregates of one middleware on one route and method, handed to
// the OpenTelemetry SDK at collection time by MiddlewareMetricProducer. Recording an
// invocation is a few additions; attribute objects are only built when a reader collects.
import { ExpHistogram } from './exp-histogram';
import type { NodeHopKind } from './semconv';

/** What an invocation adds to its aggregate (internal-types.ts's Invocation has these:
 *  declared here, the aggregate needs no module that needs it). Times in ms. */
export interface Figures {
  readonly occupancy: number;
  readonly hopsMicrotask: number;
  readonly hopsIo: number;
  readonly hopsThreadpool: number;
  readonly hopsWorker: number;
  readonly stall: number;
  readonly blocking: number;
  readonly threadpoolTime: number;
}

export class Accumulator {
  readonly duration = new ExpHistogram();
  readonly occupancy = new ExpHistogram();
  readonly hops = new ExpHistogram();
  readonly hopsByKind: Record<NodeHopKind, number> = { microtask: 0, io: 0, threadpool: 0, worker: 0 };
  stall = 0;
  blocking = 0;
  /** Seconds from dispatch to callback of its thread-pool hops. */
  threadpool = 0;

  constructor(
    readonly route: string,
    readonly method: string,
    readonly errorType: string | undefined,
  ) {}

  /** Seconds in, as OpenTelemetry's duration instruments expect. */
  add(inv: Figures, durationMs: number): void {
    this.duration.record(durationMs / 1000);
    this.occupancy.record(inv.occupancy / 1000);
    this.hops.record(hopsOf(inv));
    const k = this.hopsByKind;
    k.microtask += inv.hopsMicrotask;
    k.io += inv.hopsIo;
    k.threadpool += inv.hopsThreadpool;
    k.worker += inv.hopsWorker;
    this.stall += inv.stall / 1000;
    this.blocking += inv.blocking;
    this.threadpool += inv.threadpoolTime / 1000;
  }

  reset(): void {
    this.duration.reset();
    this.occupancy.reset();
    this.hops.reset();
    const k = this.hopsByKind;
    k.microtask = k.io = k.threadpool = k.worker = 0;
    this.stall = 0;
    this.blocking = 0;
    this.threadpool = 0;
  }
}

/** All of an invocation's hops, every kind. */
export function hopsOf(inv: Figures): number {
  return inv.hopsMicrotask + inv.hopsIo + inv.hopsThreadpool + inv.hopsWorker;
}

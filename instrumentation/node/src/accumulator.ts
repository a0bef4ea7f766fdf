// Pre-keyed per-interval aggregates of one middleware on one route and method, handed to
// the OpenTelemetry SDK at collection time by MiddlewareMetricProducer. Recording an
// invocation is a few additions; attribute objects are only built when a reader collects.
import { ExpHistogram } from './exp-histogram';
import type { Invocation } from './internal-types';

export class Accumulator {
  readonly duration = new ExpHistogram();
  readonly occupancy = new ExpHistogram();
  readonly hops = new ExpHistogram();
  hopsByKind = [0, 0, 0, 0];
  stall = 0;
  blocking = 0;

  constructor(
    readonly route: string,
    readonly method: string,
    readonly errorType: string | undefined,
  ) {}

  /** Seconds in, as OpenTelemetry's duration instruments expect. */
  add(inv: Invocation, durationMs: number): void {
    this.duration.record(durationMs / 1000);
    this.occupancy.record(inv.occupancy / 1000);
    this.hops.record(inv.hops0 + inv.hops1 + inv.hops2 + inv.hops3);
    const k = this.hopsByKind;
    k[0] += inv.hops0;
    k[1] += inv.hops1;
    k[2] += inv.hops2;
    k[3] += inv.hops3;
    this.stall += inv.stall / 1000;
    this.blocking += inv.blocking;
  }

  reset(): void {
    this.duration.reset();
    this.occupancy.reset();
    this.hops.reset();
    const k = this.hopsByKind;
    k[0] = k[1] = k[2] = k[3] = 0;
    this.stall = 0;
    this.blocking = 0;
  }
}

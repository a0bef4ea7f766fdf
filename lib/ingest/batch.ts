// What one OTLP request contributes to the store, before it is written. Every
// contribution to a count carries a dedupe key (a metric point's identity, or a plain
// span's trace and span id) so a retried export is recognised and changes no count;
// exemplars are recognised by their own trace and span id.
import type { SpanView } from '../otlp/span-view';
import type { RuntimeGauge } from '../rollup/runtime';
import type { RollupTotals } from '../rollup/totals';

export type ServiceId = { service: string; version: string; environment: string };

export type RollupKey = ServiceId & {
  middleware: string;
  framework: string;
  route: string;
  method: string;
  /** Start of the minute, ms since the epoch. */
  bucket: number;
};

export type Contribution = { dedupeKey: string; key: RollupKey; delta: Partial<RollupTotals> };

/** One gauge sample of a service instance's event loop, for the minute it was taken in. */
export type RuntimeSample = ServiceId & { dedupeKey: string; bucket: number; gauge: RuntimeGauge; value: number };

/** Profiler samples of one middleware on one stack, for the minute they were sent in. */
export type StackSample = ServiceId & {
  dedupeKey: string;
  middleware: string;
  bucket: number;
  stackHash: string;
  stack: string;
  samples: number;
};

export type ExemplarRow = ServiceId & {
  traceId: string;
  spanId: string;
  middleware: string;
  framework: string;
  route: string;
  method: string;
  position: number | null;
  start: Date;
  duration: number;
  occupancy: number | null;
  hops: number | null;
  blockingMax: number | null;
  stall: number | null;
  error: string | null;
  blockingStack: string | null;
};

/** A middleware span as far as choosing exemplars needs it; the rest of it is read only
 *  for the few that are kept (spans.ts). */
export type SpanCandidate = {
  span: SpanView;
  service: ServiceId;
  /** service, version and environment as one string, for grouping. */
  serviceKey: string;
  traceId: string;
  spanId: string;
  middleware: string;
  framework: string;
  measured: boolean;
  /** ms since the epoch */
  start: number;
  /** seconds */
  duration: number;
};

export type Batch = {
  seen: Map<string, ServiceId & { lastSeen: number }>;
  contributions: Contribution[];
  runtime: RuntimeSample[];
  stacks: StackSample[];
  /** The batch's own pick of exemplars; the writer picks again across batches. */
  exemplars: ExemplarRow[];
  rejected: number;
  /** Distinct reasons for rejections, for partial_success.error_message. */
  reasons: Set<string>;
};

export function emptyBatch(): Batch {
  return {
    seen: new Map(),
    contributions: [],
    runtime: [],
    stacks: [],
    exemplars: [],
    rejected: 0,
    reasons: new Set(),
  };
}

export function reject(batch: Batch, count: number, reason: string): void {
  batch.rejected += count;
  if (batch.reasons.size < 5) batch.reasons.add(reason);
}

export function serviceKeyOf(id: ServiceId): string {
  return `${id.service}\u0000${id.version}\u0000${id.environment}`;
}

export function markSeen(batch: Batch, id: ServiceId, atMs: number): void {
  const k = serviceKeyOf(id);
  const prev = batch.seen.get(k);
  if (prev === undefined || prev.lastSeen < atMs) batch.seen.set(k, { ...id, lastSeen: atMs });
}

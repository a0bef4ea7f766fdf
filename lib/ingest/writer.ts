// The single writer: batches wait in a bounded queue and are committed together (group
// commit), one transaction for everything waiting, so write cost grows with transactions,
// not requests. A full queue refuses at once (the receiver answers 429 and exporters
// retry); a resolved submit() means committed.
import type { Db } from '../db/client';
import { serviceKeyOf, type Batch } from './batch';
import { CardinalityGuard, limitsFromEnv } from './cardinality';
import { ExemplarReservoir } from './exemplars';
import { applyBatches, servicesSeen } from './store';

// A service's last-seen time is rewritten at most this often while it keeps sending; it
// shows when data last came ("last data" on the services page), to the second.
const LAST_SEEN_RESOLUTION_MS = 1000;

export class QueueFullError extends Error {
  constructor() {
    super('ingest queue is full');
  }
}

type Pending = { batch: Batch; weight: number; resolve: () => void; reject: (err: unknown) => void };

/** Items a batch holds in memory while it waits: bounds the queue by size, not count alone. */
function weightOf(b: Batch): number {
  return 1 + b.contributions.length + b.exemplars.length + b.runtime.length;
}

export class BatchWriter {
  private queue: Pending[] = [];
  private queuedWeight = 0;
  private running = false;
  private readonly guard = new CardinalityGuard(limitsFromEnv());
  /** The exemplars stored per minute so far; collectSpans() reads it to skip the hopeless. */
  readonly reservoir = new ExemplarReservoir();
  /** Other reservoirs that pick ahead of this one (the decode threads'): told what the
   *  writer keeps, and when a commit failed, so what they counted as stored was not. */
  peers: { remember(traceIds: string[]): void; forget(): void } | null = null;
  /** The last-seen time stored per service version. */
  private readonly lastSeenStored = new Map<string, number>();

  constructor(
    private readonly db: Db,
    private readonly maxQueued = 64,
    private readonly maxPerTransaction = 32,
    private readonly maxQueuedWeight = 500_000,
  ) {}

  submit(batch: Batch): Promise<void> {
    const weight = weightOf(batch);
    if (
      this.queue.length >= this.maxQueued ||
      (this.queue.length > 0 && this.queuedWeight + weight > this.maxQueuedWeight)
    ) {
      return Promise.reject(new QueueFullError());
    }
    return new Promise<void>((resolve, reject) => {
      this.queuedWeight += weight;
      this.queue.push({ batch, weight, resolve, reject });
      if (!this.running) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.running = true;
    while (this.queue.length > 0) {
      const group = this.queue.splice(0, this.maxPerTransaction);
      for (const p of group) this.queuedWeight -= p.weight;
      const batches = group.map((p) => p.batch);
      try {
        for (const b of batches) await this.guard.capServices(this.db, b);
        const exemplars = this.reservoir.select(
          batches.flatMap((b) => b.exemplars),
          serviceKeyOf,
          (r) => r.start.getTime(),
        );
        await this.guard.fold(this.db, [...batches.flatMap((b) => b.contributions.map((c) => c.key)), ...exemplars]);
        const services = [...servicesSeen(batches)].filter(
          ([k, s]) => s.lastSeen - (this.lastSeenStored.get(k) ?? -Infinity) >= LAST_SEEN_RESOLUTION_MS,
        );
        await applyBatches(
          this.db,
          batches,
          exemplars,
          services.map(([, s]) => s),
        );
        for (const [k, s] of services)
          this.lastSeenStored.set(k, Math.max(s.lastSeen, this.lastSeenStored.get(k) ?? 0));
        this.peers?.remember(this.reservoir.keptAmong(exemplars));
        for (const p of group) p.resolve();
      } catch (err) {
        this.reservoir.forget();
        this.peers?.forget();
        for (const p of group) p.reject(err);
      }
    }
    this.running = false;
  }
}

// The single writer: batches wait in a bounded queue and are committed together (group
// commit), one transaction for everything waiting, so write cost grows with transactions,
// not requests. A full queue refuses at once (the receiver answers 429 and exporters
// retry); a resolved submit() means committed.
import type { Db } from '../db/client';
import type { Batch } from './batch';
import { CardinalityGuard, limitsFromEnv } from './cardinality';
import { applyBatches } from './store';

export class QueueFullError extends Error {
  constructor() {
    super('ingest queue is full');
  }
}

type Pending = { batch: Batch; resolve: () => void; reject: (err: unknown) => void };

export class BatchWriter {
  private queue: Pending[] = [];
  private running = false;
  private readonly guard = new CardinalityGuard(limitsFromEnv());

  constructor(
    private readonly db: Db,
    private readonly maxQueued = 64,
    private readonly maxPerTransaction = 32,
  ) {}

  submit(batch: Batch): Promise<void> {
    if (this.queue.length >= this.maxQueued) return Promise.reject(new QueueFullError());
    return new Promise<void>((resolve, reject) => {
      this.queue.push({ batch, resolve, reject });
      if (!this.running) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.running = true;
    while (this.queue.length > 0) {
      const group = this.queue.splice(0, this.maxPerTransaction);
      try {
        for (const p of group) await this.guard.fold(this.db, p.batch);
        await applyBatches(
          this.db,
          group.map((p) => p.batch),
        );
        for (const p of group) p.resolve();
      } catch (err) {
        for (const p of group) p.reject(err);
      }
    }
    this.running = false;
  }
}

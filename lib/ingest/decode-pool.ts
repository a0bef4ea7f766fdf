// Decoding is most of ingest's CPU time; on a machine with more than one core it runs in
// worker threads so the main thread only serves HTTP and writes (HOPSCOPE_DECODE_THREADS,
// default: one fewer than the cores, at most 4; 0 decodes on the main thread). Bodies are
// transferred, not copied. Each thread picks exemplars on its own; the writer picks again
// across threads and batches (exemplars.ts).
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Encoding } from '../otlp/decode';
import { BodyError } from '../otlp/body';
import type { Batch } from './batch';
import type { SignalKind } from './collect';
import { QueueFullError } from './writer';

// Bodies waiting for a thread, all threads together: past this the receiver answers 429
// (exporters retry) rather than hold more request bodies in memory.
const MAX_WAITING = 64;

export type DecodeJob = { id: number; kind: SignalKind; body: Uint8Array; encoding: Encoding };
/** What the writer tells the threads' reservoirs (exemplars.ts). */
export type PeerMessage = { remember: string[] } | 'forget';
export type DecodeResult = { id: number; batch: Batch } | { id: number; error: { status: number; message: string } };

type Pending = { resolve: (b: Batch) => void; reject: (e: unknown) => void };
type Thread = { worker: Worker; pending: Map<number, Pending>; decoded: number; gone: boolean };

export function threadsFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const v = env.HOPSCOPE_DECODE_THREADS;
  if (v !== undefined && /^\d+$/.test(v)) return Math.min(Number(v), 16);
  return Math.min(4, Math.max(0, os.availableParallelism() - 1));
}

function settle(p: Pending, r: DecodeResult): void {
  if ('batch' in r) p.resolve(r.batch);
  else if (r.error.status === 500) p.reject(new Error(r.error.message));
  else p.reject(new BodyError(r.error.status as BodyError['status'], r.error.message));
}

export class DecodePool {
  private readonly threads: Thread[] = [];
  private nextId = 0;

  constructor(size: number) {
    for (let i = 0; i < size; i++) this.threads.push(this.spawn());
  }

  private spawn(): Thread {
    // Written out here so the bundler sees the worker entry and builds it.
    const worker = new Worker(new URL('./decode-worker.ts', import.meta.url));
    // Decode threads must never keep the server from exiting.
    worker.unref();
    const thread: Thread = { worker, pending: new Map(), decoded: 0, gone: false };
    worker.on('message', (r: DecodeResult) => {
      thread.decoded++;
      const p = thread.pending.get(r.id);
      thread.pending.delete(r.id);
      if (p !== undefined) settle(p, r);
    });
    const lost = (why: unknown) => {
      if (thread.gone) return;
      thread.gone = true;
      // A thread that died takes its jobs with it: fail them (the receiver answers 503 and
      // exporters retry) rather than leave requests hanging. One that had worked is
      // replaced; one that never did (it cannot start here) is not, and once none is left
      // the receiver decodes on its own thread.
      for (const p of thread.pending.values()) p.reject(why instanceof Error ? why : new Error(String(why)));
      thread.pending.clear();
      const i = this.threads.indexOf(thread);
      if (thread.decoded > 0) {
        console.error('[hopscope] a decode thread failed; starting another:', why);
        this.threads[i] = this.spawn();
      } else {
        console.error('[hopscope] a decode thread could not start; decoding on the main thread instead:', why);
        this.threads.splice(i, 1);
      }
    };
    worker.on('error', lost);
    worker.on('exit', (code) => lost(new Error(`decode thread exited with code ${code}`)));
    return thread;
  }

  /** How many threads are decoding; 0 when none could start. */
  get size(): number {
    return this.threads.length;
  }

  /** Requests the writer keeps: every thread passes on their later spans. */
  remember(traceIds: string[]): void {
    if (traceIds.length === 0) return;
    const message: PeerMessage = { remember: traceIds };
    for (const t of this.threads) t.worker.postMessage(message);
  }

  /** After a failed commit: what the threads passed on was not stored. */
  forget(): void {
    for (const t of this.threads) t.worker.postMessage('forget' satisfies PeerMessage);
  }

  run(kind: SignalKind, body: Buffer, encoding: Encoding): Promise<Batch> {
    const waiting = this.threads.reduce((n, t) => n + t.pending.size, 0);
    if (waiting >= MAX_WAITING) return Promise.reject(new QueueFullError());
    const thread = this.threads.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
    const id = this.nextId++;
    // A body in Node's shared pool is copied; one with its own memory is moved as is.
    const bytes =
      body.byteOffset === 0 && body.byteLength === body.buffer.byteLength
        ? new Uint8Array(body.buffer)
        : new Uint8Array(body);
    return new Promise<Batch>((resolve, reject) => {
      thread.pending.set(id, { resolve, reject });
      const job: DecodeJob = { id, kind, body: bytes, encoding };
      thread.worker.postMessage(job, [bytes.buffer as ArrayBuffer]);
    });
  }
}

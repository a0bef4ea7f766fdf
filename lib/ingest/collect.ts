// An OTLP request body to the batch Hopscope keeps from it: decode and collect, in one
// synchronous step, so the decoded request (tens of thousands of objects) dies young.
// Runs in the decode threads (decode-pool.ts) or, without them, on the main thread.
import { decodeMetrics, decodeTraces, type Encoding } from '../otlp/decode';
import { emptyBatch, type Batch } from './batch';
import type { ExemplarReservoir } from './exemplars';
import { collectMetrics } from './metrics';
import { collectSpans, SPAN_KEYS } from './spans';

export type SignalKind = 'traces' | 'metrics';

/** `reservoir` and `dryRun` as collectSpans() takes them. */
export function collect(
  kind: SignalKind,
  body: Buffer,
  encoding: Encoding,
  reservoir?: ExemplarReservoir,
  dryRun?: boolean,
): Batch {
  const batch = emptyBatch();
  if (kind === 'traces') collectSpans(decodeTraces(body, encoding, SPAN_KEYS), batch, reservoir, dryRun);
  else collectMetrics(decodeMetrics(body, encoding), batch);
  return batch;
}

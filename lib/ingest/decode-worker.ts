// A decode thread: bodies in, batches out (structured clone keeps Maps, Sets and Dates).
// Errors travel back as data; the BodyError status (400 for a malformed body) with them.
// The thread's own reservoir passes on only exemplars that beat what it passed on before,
// so a busy minute sends the writer a few rows, not a batch's pick every time; the writer
// tells it which requests it keeps, so their later spans pass here too.
import { parentPort } from 'node:worker_threads';
import { BodyError } from '../otlp/body';
import { collect } from './collect';
import type { DecodeJob, DecodeResult, PeerMessage } from './decode-pool';
import { ExemplarReservoir } from './exemplars';

const reservoir = new ExemplarReservoir();

parentPort!.on('message', (job: DecodeJob | PeerMessage) => {
  if (job === 'forget') return reservoir.forget();
  if ('remember' in job) return reservoir.remember(job.remember);
  let result: DecodeResult;
  try {
    result = { id: job.id, batch: collect(job.kind, Buffer.from(job.body), job.encoding, reservoir, false) };
  } catch (err) {
    const status = err instanceof BodyError ? err.status : 500;
    result = { id: job.id, error: { status, message: (err as Error).message } };
  }
  parentPort!.postMessage(result);
});

// GET /api/services/{service}/live: Server-Sent Events, one ranking of the last five
// minutes per second, until the client goes away. Concurrent streams are capped: each
// runs a query a second. A stream outlives the request that opened it, so it asks again
// every few seconds whether its credentials still hold: after a sign-out (here or
// everywhere), a revoked token or a removed or banned user it sends `signed-out` and
// ends (EventSource's reconnect then meets the sign-in gate).
import type { Db } from '../db/client';
import { HttpError } from '../http/errors';
import { middlewareRanking } from './ranking';
import { checkScope, type Scope } from './scope';

export const LIVE_WINDOW_MS = 5 * 60_000;
export const LIVE_INTERVAL_MS = 1000;
export const MAX_LIVE_STREAMS = 32;
/** How often a stream checks that its viewer may still read (a session lookup: a few ms). */
export const RECHECK_VIEWER_MS = 3000;

let open = 0;

/** stillSignedIn: whether the credentials the stream was opened with still name a viewer. */
export async function liveStream(
  db: Db,
  service: string,
  scope: Scope,
  signal: AbortSignal,
  stillSignedIn: () => Promise<boolean>,
): Promise<ReadableStream<Uint8Array>> {
  await checkScope(db, service, scope);
  if (open >= MAX_LIVE_STREAMS)
    throw new HttpError(429, `too many live streams (${MAX_LIVE_STREAMS}); close one and retry`);
  const encoder = new TextEncoder();
  let timer: NodeJS.Timeout | undefined;
  open++;
  let closed = false;
  const close = () => {
    if (closed) return;
    closed = true;
    open--;
    clearTimeout(timer);
  };
  let checkedAt = Date.now();
  return new ReadableStream<Uint8Array>({
    start(controller) {
      const end = () => {
        close();
        try {
          controller.close();
        } catch {
          // already closed
        }
      };
      const tick = async () => {
        if (closed) return;
        if (Date.now() - checkedAt >= RECHECK_VIEWER_MS) {
          checkedAt = Date.now();
          // A failed check (the store down) ends the stream too: it must not outlive a
          // sign-out because the check could not run.
          const ok = await stillSignedIn().catch(() => false);
          if (closed) return;
          if (!ok) {
            controller.enqueue(
              encoder.encode(`event: signed-out\ndata: ${JSON.stringify({ error: 'sign-in required' })}\n\n`),
            );
            return end();
          }
        }
        try {
          const now = Date.now();
          const ranking = await middlewareRanking(
            db,
            service,
            { from: new Date(now - LIVE_WINDOW_MS), to: new Date(now) },
            scope,
          );
          if (closed) return;
          controller.enqueue(encoder.encode(`event: summary\ndata: ${JSON.stringify(ranking)}\n\n`));
        } catch (err) {
          if (closed) return;
          controller.enqueue(
            encoder.encode(`event: error\ndata: ${JSON.stringify({ error: (err as Error).message })}\n\n`),
          );
        }
        timer = setTimeout(tick, LIVE_INTERVAL_MS);
      };
      signal.addEventListener('abort', end);
      void tick();
    },
    cancel: close,
  });
}

// GET /api/services/{service}/live: Server-Sent Events, one ranking of the last five
// minutes per second, until the client goes away. Concurrent streams are capped: each
// runs a query a second.
import type { Db } from '../db/client';
import { QueryError } from './errors';
import { middlewareRanking } from './ranking';
import { checkScope, type Scope } from './scope';

export const LIVE_WINDOW_MS = 5 * 60_000;
export const LIVE_INTERVAL_MS = 1000;
export const MAX_LIVE_STREAMS = 32;

let open = 0;

export async function liveStream(db: Db, service: string, scope: Scope, signal: AbortSignal): Promise<ReadableStream<Uint8Array>> {
  await checkScope(db, service, scope);
  if (open >= MAX_LIVE_STREAMS) throw new QueryError(429, `too many live streams (${MAX_LIVE_STREAMS}); close one and retry`);
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
  return new ReadableStream<Uint8Array>({
    start(controller) {
      const tick = async () => {
        if (closed) return;
        try {
          const now = Date.now();
          const ranking = await middlewareRanking(db, service, { from: new Date(now - LIVE_WINDOW_MS), to: new Date(now) }, scope);
          if (closed) return;
          controller.enqueue(encoder.encode(`event: summary\ndata: ${JSON.stringify(ranking)}\n\n`));
        } catch (err) {
          if (closed) return;
          controller.enqueue(encoder.encode(`event: error\ndata: ${JSON.stringify({ error: (err as Error).message })}\n\n`));
        }
        timer = setTimeout(tick, LIVE_INTERVAL_MS);
      };
      signal.addEventListener('abort', () => {
        close();
        try {
          controller.close();
        } catch {
          // already closed
        }
      });
      void tick();
    },
    cancel: close,
  });
}

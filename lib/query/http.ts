// The JSON API's answer for a query function: its result, or the QueryError's status
// and message, or a 503 when the store is down.
import { QueryError } from './errors';

export async function jsonAnswer(run: () => Promise<unknown>): Promise<Response> {
  try {
    return Response.json(await run(), { headers: { 'cache-control': 'no-store' } });
  } catch (err) {
    if (err instanceof QueryError) return Response.json({ error: err.message }, { status: err.status });
    console.error('[hopscope] query failed:', err);
    return Response.json({ error: 'the store is unavailable' }, { status: 503, headers: { 'retry-after': '5' } });
  }
}

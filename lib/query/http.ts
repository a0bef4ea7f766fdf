// The JSON API's answers: a query function's result, or the QueryError's status and
// message, or a 503 when the store is down.
import { QueryError } from './errors';

export function errorResponse(err: unknown): Response {
  if (err instanceof QueryError) {
    return Response.json({ error: err.message }, { status: err.status, headers: err.status === 429 ? { 'retry-after': '5' } : {} });
  }
  console.error('[hopscope] query failed:', err);
  return Response.json({ error: 'the store is unavailable' }, { status: 503, headers: { 'retry-after': '5' } });
}

export async function jsonAnswer(run: () => Promise<unknown>): Promise<Response> {
  try {
    return Response.json(await run(), { headers: { 'cache-control': 'no-store' } });
  } catch (err) {
    return errorResponse(err);
  }
}

// The JSON API's answers (a query function's result, or the HttpError's status and
// message, or a 503 when the store is down) and its checked request bodies.
import type { z } from 'zod';
import { BodyError, readBody } from '../otlp/body';
import { HttpError } from './errors';

export function errorResponse(err: unknown): Response {
  if (err instanceof HttpError) {
    return Response.json(
      { error: err.message },
      { status: err.status, headers: err.status === 429 ? { 'retry-after': '5' } : {} },
    );
  }
  console.error('[hopscope] query failed:', err);
  return Response.json({ error: 'the store is unavailable' }, { status: 503, headers: { 'retry-after': '5' } });
}

export async function jsonAnswer(run: () => Promise<unknown>, status = 200): Promise<Response> {
  try {
    return Response.json(await run(), { status, headers: { 'cache-control': 'no-store' } });
  } catch (err) {
    return errorResponse(err);
  }
}

const MAX_JSON_BYTES = 64 * 1024;

/** A JSON request body checked against a schema: a 400 naming the field, never a 500. */
export async function readJson<T>(request: Request, schema: z.ZodType<T>): Promise<T> {
  let value: unknown;
  try {
    // Read as OTLP bodies are: stopped at the limit, however it is sent or compressed.
    value = JSON.parse((await readBody(request, MAX_JSON_BYTES)).toString('utf8'));
  } catch (err) {
    throw new HttpError(
      err instanceof BodyError ? err.status : 400,
      err instanceof BodyError ? `body: ${err.message}` : 'body: not JSON',
    );
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new HttpError(400, `${issue.path.join('.') || 'body'}: ${issue.message}`);
  }
  return parsed.data;
}

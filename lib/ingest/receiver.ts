// OTLP/HTTP receiver (POST /v1/traces, /v1/metrics): authenticate, read within the limit,
// decode, collect what Hopscope keeps, commit, answer as the OTLP specification says.
// Only 429 and 503 (with Retry-After) ask exporters to retry.
import { ingestDb } from '../db/client';
import { BodyError, readBody } from '../otlp/body';
import { encodeResponse, encodingOf, type Encoding } from '../otlp/decode';
import { google } from '../otlp/generated/otlp';
import { ingestScope, outOfScope } from './access';
import type { Batch } from './batch';
import { collect, type SignalKind } from './collect';
import { DecodePool, threadsFromEnv } from './decode-pool';
import { BatchWriter, QueueFullError } from './writer';

export const DEFAULT_MAX_BODY_BYTES = 20 * 1024 * 1024;

const globalForIngest = globalThis as unknown as { hopscopeWriter?: BatchWriter; hopscopeDecode?: DecodePool | null };
function writer(): BatchWriter {
  return (globalForIngest.hopscopeWriter ??= new BatchWriter(ingestDb()));
}

/** The decode threads, or null to decode on this thread (one core, or threads unavailable). */
function decodePool(): DecodePool | null {
  if (globalForIngest.hopscopeDecode === undefined) {
    const threads = threadsFromEnv();
    try {
      const pool = threads > 0 ? new DecodePool(threads) : null;
      writer().peers = pool;
      globalForIngest.hopscopeDecode = pool;
    } catch (err) {
      console.warn('[hopscope] decoding on the main thread; decode threads could not start:', (err as Error).message);
      globalForIngest.hopscopeDecode = null;
    }
  }
  return globalForIngest.hopscopeDecode;
}

async function decodeAndCollect(kind: SignalKind, body: Buffer, encoding: Encoding): Promise<Batch> {
  const pool = decodePool();
  // On this thread, the writer's reservoir lets collection skip spans that cannot be kept.
  return pool === null || pool.size === 0
    ? collect(kind, body, encoding, writer().reservoir)
    : pool.run(kind, body, encoding);
}

function maxBodyBytes(): number {
  const v = Number(process.env.HOPSCOPE_MAX_BODY_BYTES);
  return Number.isInteger(v) && v > 0 ? v : DEFAULT_MAX_BODY_BYTES;
}

const CONTENT_TYPE: Record<Encoding, string> = { protobuf: 'application/x-protobuf', json: 'application/json' };

function errorResponse(
  status: number,
  message: string,
  encoding: Encoding,
  headers: Record<string, string> = {},
): Response {
  const body =
    encoding === 'json'
      ? JSON.stringify({ code: status, message })
      : new Uint8Array(google.rpc.Status.encode({ code: status, message }).finish());
  return new Response(body, { status, headers: { 'content-type': CONTENT_TYPE[encoding], ...headers } });
}

export async function receiveOtlp(kind: SignalKind, request: Request): Promise<Response> {
  let encoding: Encoding = 'json';
  try {
    encoding = encodingOf(request.headers.get('content-type'));
    const scope = await ingestScope(
      ingestDb(),
      request.headers.get('authorization'),
      process.env.HOPSCOPE_INGEST_TOKEN,
    );
    if (scope === null)
      return errorResponse(401, 'missing or wrong bearer token', encoding, { 'www-authenticate': 'Bearer' });
    const batch = await decodeAndCollect(kind, await readBody(request, maxBodyBytes()), encoding);
    const foreign = outOfScope(scope, batch.seen.values());
    if (foreign !== null)
      return errorResponse(403, `this ingest token is for service "${scope.service}", not "${foreign}"`, encoding);
    await writer().submit(batch);
    const payload = encodeResponse(kind, encoding, batch.rejected, [...batch.reasons].join('; '));
    return new Response(new Uint8Array(payload), { status: 200, headers: { 'content-type': CONTENT_TYPE[encoding] } });
  } catch (err) {
    if (err instanceof BodyError) return errorResponse(err.status, err.message, encoding);
    if (err instanceof QueueFullError)
      return errorResponse(429, 'overloaded; retry later', encoding, { 'retry-after': '1' });
    console.error(`[hopscope] ${kind} ingest failed:`, err);
    return errorResponse(503, 'the store is unavailable; retry later', encoding, { 'retry-after': '5' });
  }
}

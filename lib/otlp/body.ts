// Reads an OTLP/HTTP request body within a size limit that applies after decompression,
// so a small gzip bomb is refused without inflating more than the limit.
import { promisify } from 'node:util';
import zlib from 'node:zlib';

const gunzip = promisify(zlib.gunzip);

export class BodyError extends Error {
  constructor(
    readonly status: 400 | 413 | 415,
    message: string,
  ) {
    super(message);
  }
}

async function readLimited(stream: ReadableStream<Uint8Array> | null, limit: number): Promise<Buffer> {
  if (stream === null) return Buffer.alloc(0);
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw new BodyError(413, `body exceeds the limit of ${limit} bytes`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, size);
}

export async function readBody(request: Request, limit: number): Promise<Buffer> {
  const encoding = (request.headers.get('content-encoding') ?? 'identity').trim().toLowerCase();
  if (encoding !== 'identity' && encoding !== 'gzip') {
    throw new BodyError(415, `Content-Encoding "${encoding}" is not supported; send gzip or no encoding`);
  }
  const declared = Number(request.headers.get('content-length') ?? NaN);
  if (declared > limit) throw new BodyError(413, `body of ${declared} bytes exceeds the limit of ${limit} bytes`);
  const raw = await readLimited(request.body, limit);
  if (encoding === 'identity') return raw;
  try {
    return await gunzip(raw, { maxOutputLength: limit });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
      throw new BodyError(413, `decompressed body exceeds the limit of ${limit} bytes`);
    }
    throw new BodyError(400, `body is not valid gzip: ${(err as Error).message}`);
  }
}

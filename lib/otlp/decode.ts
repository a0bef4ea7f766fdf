// OTLP/HTTP bodies to messages: protobuf through the static protobufjs decoder compiled
// from lib/otlp/proto (trace requests span by span, span-view.ts), JSON through
// JSON.parse. Both give the same field names (lowerCamelCase); what differs (bytes vs hex
// ids, Long vs string int64) is read by values.ts, so no toObject() copy of every span is made.
import { opentelemetry } from './generated/otlp';
import { BodyError } from './body';
import { viewTraces, type ResourceView } from './span-view';

export type Encoding = 'protobuf' | 'json';

const traceTypes = opentelemetry.proto.trace.v1;
const metricTypes = opentelemetry.proto.metrics.v1;

/** The request's media type, or a 415 for anything OTLP/HTTP does not define. */
export function encodingOf(contentType: string | null): Encoding {
  const media = (contentType ?? '').split(';')[0].trim().toLowerCase();
  if (media === 'application/x-protobuf' || media === 'application/protobuf') return 'protobuf';
  if (media === 'application/json') return 'json';
  throw new BodyError(
    415,
    `Content-Type "${media || '(none)'}" is not supported; send application/x-protobuf or application/json`,
  );
}

function decodeWith<T>(body: Buffer, encoding: Encoding, field: string, decode: (b: Buffer) => T): unknown {
  try {
    if (encoding === 'protobuf') return decode(body);
    const parsed: unknown = JSON.parse(body.toString('utf8'));
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('not a JSON object');
    const list = (parsed as Record<string, unknown>)[field];
    if (list !== undefined && !Array.isArray(list)) throw new Error(`${field} must be an array`);
    return parsed;
  } catch (err) {
    throw new BodyError(400, `malformed ${encoding} body: ${(err as Error).message}`);
  }
}

/** The spans of a trace request as views (span-view.ts), each read for the attribute `keys`. */
export function decodeTraces(body: Buffer, encoding: Encoding, keys: readonly string[]): ResourceView[] {
  const decoded = decodeWith(body, encoding, 'resourceSpans', (b) => viewTraces(b, keys));
  return encoding === 'protobuf' ? (decoded as ResourceView[]) : viewTraces(decoded, keys);
}

export function decodeMetrics(body: Buffer, encoding: Encoding): unknown {
  return decodeWith(body, encoding, 'resourceMetrics', (b) => metricTypes.ExportMetricsServiceRequest.decode(b));
}

/** The success response, in the request's encoding, with partial_success when something was rejected. */
export function encodeResponse(
  kind: 'traces' | 'metrics',
  encoding: Encoding,
  rejected: number,
  message: string,
): Uint8Array {
  const partial =
    rejected === 0 && message === ''
      ? undefined
      : kind === 'traces'
        ? { rejectedSpans: rejected, errorMessage: message }
        : { rejectedDataPoints: rejected, errorMessage: message };
  if (encoding === 'json') {
    return Buffer.from(
      JSON.stringify(partial === undefined ? {} : { partialSuccess: { ...partial, ...stringCount(partial) } }),
    );
  }
  return kind === 'traces'
    ? traceTypes.ExportTraceServiceResponse.encode({ partialSuccess: partial }).finish()
    : metricTypes.ExportMetricsServiceResponse.encode({ partialSuccess: partial }).finish();
}

// int64 in the OTLP JSON mapping is a decimal string.
function stringCount(p: { rejectedSpans?: number; rejectedDataPoints?: number }) {
  return 'rejectedSpans' in p
    ? { rejectedSpans: String(p.rejectedSpans) }
    : { rejectedDataPoints: String(p.rejectedDataPoints) };
}

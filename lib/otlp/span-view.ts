// Trace requests read span by span, without decoding all of every span. Ingest keeps a
// few dozen spans a minute out of many thousand (exemplars), yet decoding each in full,
// an object for every attribute and its value, was most of a decode thread's time
// (bench:ingest). A view holds what every span is judged by (ids, name, times, the
// values of a few attribute keys) and decodes the whole span, with protobufjs's own
// decoder, only when asked: for the spans kept and the plain OpenTelemetry ones.
// Protobuf is walked with protobufjs's Reader (bounds checked, a truncated body throws),
// its field numbers read from the descriptor compiled from the same .proto files as the
// decoder (scripts/generate-proto.ts); OTLP JSON, parsed already, is viewed the same way.
import protobuf from 'protobufjs/minimal';
import descriptor from './generated/trace-descriptor.json';
import { BodyError } from './body';
import { opentelemetry } from './generated/otlp';
import { anyValue, list, obj, str, type AttrValue, type Loose } from './values';

const { Span } = opentelemetry.proto.trace.v1;
const { Resource } = opentelemetry.proto.resource.v1;
const { AnyValue } = opentelemetry.proto.common.v1;

/** One span as the receiver first reads it. Ids are bytes (protobuf) or hex (JSON); times
 *  a protobufjs Long, a number or a decimal string (values.ts reads them all). */
export type SpanView = {
  traceId: unknown;
  spanId: unknown;
  name: string | undefined;
  startTimeUnixNano: unknown;
  endTimeUnixNano: unknown;
  /** The values of the keys the view was made for, in their order; undefined when none is present. */
  picked: (AttrValue | undefined)[] | undefined;
  /** The whole span (attributes, status, …) as a loose message. */
  decode(): Loose;
};

/** A resource's spans; null for a span that is not an object (in JSON), which the collector rejects. */
export type ResourceView = { resource: unknown; spans: (SpanView | null)[] };

// ---- protobuf ---------------------------------------------------------------------------

type Fields = Record<string, { id: number; type: string }>;

/** The tag a field starts with on the wire: its number and, for the kinds read here, its
 *  wire type (fixed64: 64-bit; strings, bytes and messages: length-delimited). */
function tagOf(fields: Fields, name: string): number {
  const field = fields[name];
  return (field.id << 3) | (field.type === 'fixed64' ? 1 : 2);
}

const proto = descriptor.nested.opentelemetry.nested.proto.nested;
const trace = proto.trace.nested.v1.nested;
const keyValueFields: Fields = proto.common.nested.v1.nested.KeyValue.fields;
const spanFields: Fields = trace.Span.fields;
const TAG = {
  resourceSpans: tagOf(trace.ExportTraceServiceRequest.fields, 'resourceSpans'),
  resource: tagOf(trace.ResourceSpans.fields, 'resource'),
  scopeSpans: tagOf(trace.ResourceSpans.fields, 'scopeSpans'),
  spans: tagOf(trace.ScopeSpans.fields, 'spans'),
  traceId: tagOf(spanFields, 'traceId'),
  spanId: tagOf(spanFields, 'spanId'),
  name: tagOf(spanFields, 'name'),
  start: tagOf(spanFields, 'startTimeUnixNano'),
  end: tagOf(spanFields, 'endTimeUnixNano'),
  attributes: tagOf(spanFields, 'attributes'),
  key: tagOf(keyValueFields, 'key'),
  value: tagOf(keyValueFields, 'value'),
};

type Reader = protobuf.Reader;

/** The end of a length-delimited field starting at the reader (its length read). */
function endOf(r: Reader): number {
  const end = r.uint32() + r.pos;
  if (end > r.len) throw new RangeError(`index out of range: ${end} > ${r.len}`);
  return end;
}

class ProtobufSpan implements SpanView {
  traceId: Uint8Array | undefined;
  spanId: Uint8Array | undefined;
  name: string | undefined;
  startTimeUnixNano: unknown;
  endTimeUnixNano: unknown;
  picked: (AttrValue | undefined)[] | undefined;
  // A plain OpenTelemetry span that is kept is read whole twice (to tell whether it is a
  // middleware's, then for its exemplar): decoded once.
  private whole: Loose | undefined;

  constructor(
    private readonly body: Uint8Array,
    private readonly from: number,
    private readonly to: number,
  ) {}

  decode(): Loose {
    try {
      return (this.whole ??= Span.decode(this.body.subarray(this.from, this.to)) as unknown as Loose);
    } catch (err) {
      // What the view skipped can still be malformed (text that is not UTF-8): the same
      // 400 a full decode of the request gives, not a failure of the receiver.
      throw new BodyError(400, `malformed protobuf body: ${(err as Error).message}`);
    }
  }
}

/** Keys as UTF-8, and their byte lengths: most attribute keys are told apart by length alone. */
type Wanted = { keys: readonly string[]; lengths: Set<number> };

function attribute(r: Reader, end: number, body: Uint8Array, wanted: Wanted, span: ProtobufSpan): void {
  let index = -1;
  let valueFrom = -1;
  let valueTo = -1;
  while (r.pos < end) {
    const t = r.uint32();
    if (t === TAG.key) {
      const keyEnd = endOf(r);
      if (wanted.lengths.has(keyEnd - r.pos)) index = wanted.keys.indexOf(protobuf.util.utf8.read(body, r.pos, keyEnd));
      r.pos = keyEnd;
    } else if (t === TAG.value) {
      valueTo = endOf(r);
      valueFrom = r.pos;
      r.pos = valueTo;
    } else r.skipType(t & 7);
  }
  if (r.pos !== end) throw new RangeError('an attribute ran past its length');
  if (index < 0 || valueFrom < 0) return;
  span.picked ??= new Array<AttrValue | undefined>(wanted.keys.length).fill(undefined);
  span.picked[index] = anyValue(AnyValue.decode(body.subarray(valueFrom, valueTo)));
}

function protobufSpan(r: Reader, end: number, body: Uint8Array, wanted: Wanted): SpanView {
  const span = new ProtobufSpan(body, r.pos, end);
  while (r.pos < end) {
    const t = r.uint32();
    if (t === TAG.traceId) span.traceId = r.bytes();
    else if (t === TAG.spanId) span.spanId = r.bytes();
    else if (t === TAG.name) span.name = r.stringVerify();
    else if (t === TAG.start) span.startTimeUnixNano = r.fixed64();
    else if (t === TAG.end) span.endTimeUnixNano = r.fixed64();
    else if (t === TAG.attributes) {
      const attrEnd = endOf(r);
      attribute(r, attrEnd, body, wanted, span);
    } else r.skipType(t & 7);
  }
  return span;
}

/** Calls `each` with the reader at the start of every field with tag `fieldTag` (length-
 *  delimited) of the message that ends at `end`, and that field's end; skips every other. */
function fields(r: Reader, end: number, fieldTag: number, each: (end: number) => void): void {
  while (r.pos < end) {
    const t = r.uint32();
    if (t !== fieldTag) {
      r.skipType(t & 7);
      continue;
    }
    const fieldEnd = endOf(r);
    each(fieldEnd);
    if (r.pos !== fieldEnd) throw new RangeError('a field ran past its length');
  }
  if (r.pos !== end) throw new RangeError('a message ran past its length');
}

function protobufTraces(body: Uint8Array, wanted: Wanted): ResourceView[] {
  const r = protobuf.Reader.create(body);
  const out: ResourceView[] = [];
  fields(r, r.len, TAG.resourceSpans, (rsEnd) => {
    const view: ResourceView = { resource: undefined, spans: [] };
    out.push(view);
    while (r.pos < rsEnd) {
      const t = r.uint32();
      if (t === TAG.resource) view.resource = Resource.decode(r, r.uint32());
      else if (t === TAG.scopeSpans) {
        const ssEnd = endOf(r);
        fields(r, ssEnd, TAG.spans, (spanEnd) => view.spans.push(protobufSpan(r, spanEnd, body, wanted)));
      } else r.skipType(t & 7);
    }
  });
  return out;
}

// ---- JSON -------------------------------------------------------------------------------

function jsonSpan(value: unknown, keys: readonly string[]): SpanView | null {
  const s = obj(value);
  if (s === undefined) return null;
  let picked: (AttrValue | undefined)[] | undefined;
  for (const kv of list(s.attributes)) {
    const o = obj(kv);
    const index = o === undefined ? -1 : keys.indexOf(str(o.key) ?? '');
    if (index < 0) continue;
    picked ??= new Array<AttrValue | undefined>(keys.length).fill(undefined);
    picked[index] = anyValue(o!.value);
  }
  return {
    traceId: s.traceId,
    spanId: s.spanId,
    name: str(s.name),
    startTimeUnixNano: s.startTimeUnixNano,
    endTimeUnixNano: s.endTimeUnixNano,
    picked,
    decode: () => s,
  };
}

function jsonTraces(request: unknown, keys: readonly string[]): ResourceView[] {
  return list(obj(request)?.resourceSpans).flatMap((rs) => {
    const r = obj(rs);
    if (r === undefined) return [];
    const spans = list(r.scopeSpans).flatMap((ss) => list(obj(ss)?.spans));
    return [{ resource: r.resource, spans: spans.map((s) => jsonSpan(s, keys)) }];
  });
}

/** Views of the spans of a trace request: a protobuf body (bytes), or OTLP JSON already
 *  parsed; `keys` names the attributes every span is read for. */
export function viewTraces(request: Uint8Array | unknown, keys: readonly string[]): ResourceView[] {
  if (request instanceof Uint8Array) {
    return protobufTraces(request, { keys, lengths: new Set(keys.map((k) => Buffer.byteLength(k))) });
  }
  return jsonTraces(request, keys);
}

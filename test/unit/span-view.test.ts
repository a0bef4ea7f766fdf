// Trace requests read span by span (lib/otlp/span-view.ts): a protobuf body gives the same
// ids, times and attribute values as protobufjs's full decode and as the same request in
// OTLP JSON, whatever the order of fields; decode() gives the whole span; a body cut short,
// a field running past its message or text that is not UTF-8 is refused, never half read.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import protobuf from 'protobufjs/minimal';
import { opentelemetry } from '../../lib/otlp/generated/otlp';
import { collect } from '../../lib/ingest/collect';
import { BodyError } from '../../lib/otlp/body';
import { viewTraces } from '../../lib/otlp/span-view';
import { anyValue } from '../../lib/otlp/values';

const { ExportTraceServiceRequest, Span } = opentelemetry.proto.trace.v1;
const KEYS = ['middleware.name', 'middleware.framework', 'middleware.duration'] as const;

const id = (n: number, bytes: number) => Buffer.alloc(bytes, n);
const str = (key: string, v: string) => ({ key, value: { stringValue: v } });
const dbl = (key: string, v: number) => ({ key, value: { doubleValue: v } });

const spans = [
  {
    traceId: id(1, 16),
    spanId: id(2, 8),
    name: 'middleware - auth',
    startTimeUnixNano: 1_764_000_000_000_000_000,
    endTimeUnixNano: 1_764_000_000_012_000_000,
    attributes: [
      str('http.route', '/orders/:id'),
      str('middleware.name', 'auth'),
      dbl('middleware.occupancy', 0.009),
      dbl('middleware.duration', 0.012),
      str('middleware.framework', 'express'),
    ],
    status: { code: 2 },
    events: [
      { name: 'exception', timeUnixNano: 1_764_000_000_005_000_000, attributes: [str('exception.type', 'TypeError')] },
    ],
  },
  {
    traceId: id(3, 16),
    spanId: id(4, 8),
    name: 'middleware - query',
    startTimeUnixNano: 1_764_000_000_000_000_000,
    endTimeUnixNano: 1_764_000_000_002_000_000,
    attributes: [
      str('express.type', 'middleware'),
      str('express.name', 'query'),
      { key: 'middleware.duration', value: { intValue: 3 } },
    ],
  },
];
const request = {
  resourceSpans: [
    { resource: { attributes: [str('service.name', 'checkout')] }, scopeSpans: [{ scope: { name: 's' }, spans }] },
  ],
};
const body = ExportTraceServiceRequest.encode(request).finish();

test('protobuf: ids, times and the asked attributes as the full decode has them; decode() is the whole span', () => {
  const [resource] = viewTraces(body, KEYS);
  const full = ExportTraceServiceRequest.decode(body).resourceSpans[0];
  assert.deepEqual(resource.resource, full.resource);
  assert.equal(resource.spans.length, 2);
  resource.spans.forEach((view, i) => {
    const whole = full.scopeSpans![0].spans![i];
    assert.ok(view !== null);
    assert.deepEqual(Buffer.from(view.traceId as Uint8Array), Buffer.from(whole.traceId!));
    assert.deepEqual(Buffer.from(view.spanId as Uint8Array), Buffer.from(whole.spanId!));
    assert.equal(view.name, whole.name);
    assert.equal(String(view.startTimeUnixNano), String(whole.startTimeUnixNano));
    assert.equal(String(view.endTimeUnixNano), String(whole.endTimeUnixNano));
    const expected = KEYS.map((k) => anyValue(whole.attributes!.find((a) => a.key === k)?.value));
    assert.deepEqual(view.picked, expected);
    assert.deepEqual(view.decode(), Span.decode(Span.encode(whole).finish()));
    assert.equal(view.decode(), view.decode(), 'decoded once, however often asked');
  });
  assert.deepEqual(resource.spans[0]!.picked, ['auth', 'express', 0.012]);
  assert.deepEqual(resource.spans[1]!.picked, [undefined, undefined, 3]);
});

test('JSON: the same views from the same request', () => {
  const json = {
    resourceSpans: [
      {
        resource: request.resourceSpans[0].resource,
        scopeSpans: [
          {
            spans: spans.map((s) => ({
              ...s,
              traceId: s.traceId.toString('hex'),
              spanId: s.spanId.toString('hex'),
              startTimeUnixNano: String(s.startTimeUnixNano),
              endTimeUnixNano: String(s.endTimeUnixNano),
            })),
          },
          { spans: [42] },
        ],
      },
      'not an object',
    ],
  };
  const views = viewTraces(json, KEYS);
  assert.equal(views.length, 1, 'a resource that is not an object is skipped');
  assert.deepEqual(
    views[0].spans.map((v) => v?.picked),
    [['auth', 'express', 0.012], [undefined, undefined, 3], undefined],
  );
  assert.equal(views[0].spans[2], null, 'a span that is not an object is null, for the collector to reject');
  assert.equal(views[0].spans[0]!.traceId, '01'.repeat(16));
  assert.equal(views[0].spans[0]!.decode().name, 'middleware - auth');
});

test('a value before its key, unknown fields and a key of a wanted length that is not wanted', () => {
  // KeyValue { value = 2, key = 1 }, written in that order, then an unknown field 7.
  const kv = protobuf.Writer.create();
  kv.uint32((2 << 3) | 2)
    .fork()
    .uint32((1 << 3) | 2)
    .string('cors')
    .ldelim();
  kv.uint32((1 << 3) | 2).string('middleware.name');
  kv.uint32((7 << 3) | 0).uint32(99);
  const other = protobuf.Writer.create();
  other.uint32((1 << 3) | 2).string('middleware.nane'); // as long as middleware.name
  other
    .uint32((2 << 3) | 2)
    .fork()
    .uint32((1 << 3) | 2)
    .string('no')
    .ldelim();
  const span = protobuf.Writer.create();
  span
    .uint32((1 << 3) | 2)
    .bytes(id(5, 16))
    .uint32((2 << 3) | 2)
    .bytes(id(6, 8));
  span
    .uint32((9 << 3) | 2)
    .bytes(kv.finish())
    .uint32((9 << 3) | 2)
    .bytes(other.finish());
  span.uint32((99 << 3) | 1).fixed64(7); // unknown, 64-bit
  const scope = protobuf.Writer.create()
    .uint32((2 << 3) | 2)
    .bytes(span.finish())
    .finish();
  const rs = protobuf.Writer.create()
    .uint32((2 << 3) | 2)
    .bytes(scope)
    .finish();
  const req = protobuf.Writer.create()
    .uint32((1 << 3) | 2)
    .bytes(rs)
    .finish();
  const [view] = viewTraces(req, KEYS)[0].spans;
  assert.deepEqual(view!.picked, ['cors', undefined, undefined]);
  assert.deepEqual(Buffer.from(view!.spanId as Uint8Array), id(6, 8));
});

test('a body cut anywhere inside its spans, or a length past the end, is refused', () => {
  const spanStart = body.length - Span.encode(spans[1]).finish().length;
  for (let cut = spanStart + 1; cut < body.length; cut += 3) {
    assert.throws(() => viewTraces(body.subarray(0, cut), KEYS), RangeError, `cut at ${cut} of ${body.length}`);
  }
  const lying = Buffer.from(body);
  lying[1] = 0x7f; // the first resource_spans says it is longer than it is
  assert.throws(() => viewTraces(lying, KEYS), RangeError);
});

test('text that is not UTF-8 in a span that is decoded whole is a 400, as in a full decode', () => {
  const route = protobuf.Writer.create();
  route.uint32((1 << 3) | 2).string('http.route');
  route
    .uint32((2 << 3) | 2)
    .fork()
    .uint32((1 << 3) | 2)
    .bytes(Buffer.from([0xff, 0xfe]))
    .ldelim();
  const own = Span.encode({ ...spans[0], attributes: [str('middleware.name', 'auth')] });
  own.uint32((9 << 3) | 2).bytes(route.finish());
  const scope = protobuf.Writer.create()
    .uint32((2 << 3) | 2)
    .bytes(own.finish())
    .finish();
  const rs = protobuf.Writer.create()
    .uint32((2 << 3) | 2)
    .bytes(scope)
    .finish();
  const req = Buffer.from(
    protobuf.Writer.create()
      .uint32((1 << 3) | 2)
      .bytes(rs)
      .finish(),
  );
  assert.throws(
    () => collect('traces', req, 'protobuf'),
    (err: unknown) => err instanceof BodyError && err.status === 400 && /malformed protobuf body/.test(err.message),
  );
});

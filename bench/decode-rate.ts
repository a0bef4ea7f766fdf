// The ingest benchmark's baseline, in a process of its own (as the receiver decodes in a
// thread of its own): protobufjs's full decode of the same OTLP payloads on one core, for
// 3 s; prints JSON. In the benchmark's own process the rate came out at 65–72k or at
// 118–132k spans/s from one run to the next, depending on what that process had run before.
import { opentelemetry } from '../lib/otlp/generated/otlp';
import { traceBatch } from './payloads';

const spansPerBatch = Number(process.env.SPANS_PER_BATCH ?? 500);
const payloads = Array.from({ length: 40 }, () => traceBatch('svc', spansPerBatch));
const decode = opentelemetry.proto.trace.v1.ExportTraceServiceRequest.decode;
for (const p of payloads) decode(p); // warm-up
const t0 = performance.now();
let spans = 0;
while (performance.now() - t0 < 3000) {
  for (const p of payloads) spans += decode(p).resourceSpans[0].scopeSpans![0].spans!.length;
}
const bytes = payloads.reduce((n, p) => n + p.byteLength, 0);
process.stdout.write(
  JSON.stringify({
    spansPerSecond: spans / ((performance.now() - t0) / 1000),
    bytesPerSpan: bytes / (payloads.length * spansPerBatch),
  }),
);

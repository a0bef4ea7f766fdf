// npm run bench:ingest — the receiver against its production build on a fresh SQLite
// file: OTLP protobuf batches of realistic middleware spans (and metric points) replayed
// over HTTP from a second process; spans/s and p99 request latency, beside the raw
// protobuf decode rate of the same payloads measured in the same run.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { opentelemetry } from '../lib/otlp/generated/otlp';
import { ensureBuild } from '../scripts/build';
import { startDashboard } from '../test/helpers/dashboard';
import { sqliteStore } from '../test/helpers/stores';
import { traceBatch } from './payloads';

const run = promisify(execFile);
const SPANS_PER_BATCH = 500;

function decodeRate(): { spansPerSecond: number; bytesPerSpan: number } {
  const payloads = Array.from({ length: 40 }, () => traceBatch('svc', SPANS_PER_BATCH));
  const decode = opentelemetry.proto.trace.v1.ExportTraceServiceRequest.decode;
  for (const p of payloads) decode(p); // warm-up
  const t0 = performance.now();
  let spans = 0;
  while (performance.now() - t0 < 3000) {
    for (const p of payloads) spans += decode(p).resourceSpans[0].scopeSpans![0].spans!.length;
  }
  const bytes = payloads.reduce((n, p) => n + p.byteLength, 0);
  return { spansPerSecond: spans / ((performance.now() - t0) / 1000), bytesPerSpan: bytes / (payloads.length * SPANS_PER_BATCH) };
}

async function main(): Promise<void> {
  ensureBuild();
  const decode = decodeRate();
  const store = sqliteStore();
  const dashboard = await startDashboard(store.url);
  try {
    const { stdout } = await run(process.execPath, ['--import', 'tsx', path.join(__dirname, 'ingest-client.ts')], {
      env: { ...process.env, URL: dashboard.url, SECONDS: process.env.BENCH_SECONDS ?? '15', SPANS_PER_BATCH: String(SPANS_PER_BATCH) },
    });
    const r = JSON.parse(stdout) as { spansPerSecond: number; p99Ms: number; requests: number; failures: number };
    console.log(`\nOTLP protobuf, ${SPANS_PER_BATCH} spans per request (${decode.bytesPerSpan.toFixed(0)} bytes per span), SQLite\n`);
    console.log('| measure | value |');
    console.log('| --- | ---: |');
    console.log(`| raw protobuf decode (one core, same payloads) | ${Math.round(decode.spansPerSecond).toLocaleString('en')} spans/s |`);
    console.log(`| ingest over HTTP, committed | ${Math.round(r.spansPerSecond).toLocaleString('en')} spans/s |`);
    console.log(`| ingest ÷ raw decode | ${(r.spansPerSecond / decode.spansPerSecond).toFixed(2)}× |`);
    console.log(`| p99 request latency | ${r.p99Ms.toFixed(0)} ms |`);
    console.log(`| requests (non-200) | ${r.requests} (${r.failures}) |`);
  } finally {
    await dashboard.stop();
    await store.cleanup();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

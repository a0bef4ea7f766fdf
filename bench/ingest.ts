// npm run bench:ingest — the receiver against its production build on a fresh store of
// each kind BENCH_STORE names (bench/stores.ts): OTLP protobuf batches of realistic
// middleware spans (and metric points) replayed over HTTP from a second process; spans/s
// and p99 request latency, beside the raw protobuf decode rate of the same payloads
// measured in the same run (bench/decode-rate.ts, in a process of its own). Target on
// PostgreSQL: ≥ 50k spans/s committed and ≥ 0.5× the decode rate.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { ensureBuild } from '../scripts/build';
import { startDashboard } from '../test/helpers/dashboard';
import { benchProviders, emptyStore } from './stores';

const run = promisify(execFile);
const SPANS_PER_BATCH = 500;

type DecodeRate = { spansPerSecond: number; bytesPerSpan: number };

async function decodeRate(): Promise<DecodeRate> {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', path.join(__dirname, 'decode-rate.ts')], {
    env: { ...process.env, SPANS_PER_BATCH: String(SPANS_PER_BATCH) },
  });
  return JSON.parse(stdout) as DecodeRate;
}

type IngestRun = { spansPerSecond: number; p99Ms: number; requests: number; failures: number };

async function ingestInto(url: string): Promise<IngestRun> {
  const dashboard = await startDashboard(url);
  try {
    const { stdout } = await run(process.execPath, ['--import', 'tsx', path.join(__dirname, 'ingest-client.ts')], {
      env: {
        ...process.env,
        URL: dashboard.url,
        SECONDS: process.env.BENCH_SECONDS ?? '15',
        SPANS_PER_BATCH: String(SPANS_PER_BATCH),
      },
    });
    return JSON.parse(stdout) as IngestRun;
  } finally {
    await dashboard.stop();
  }
}

async function main(): Promise<void> {
  ensureBuild();
  const providers = benchProviders();
  // The decode rate is measured right before and right after each store's run, and the
  // run is set against their mean: these shared machines change speed within minutes.
  const runs: { name: string; r: IngestRun; decode: number[] }[] = [];
  let bytesPerSpan = 0;
  for (const provider of providers) {
    const store = await emptyStore(provider);
    try {
      const before = await decodeRate();
      const r = await ingestInto(store.url);
      const after = await decodeRate();
      bytesPerSpan = before.bytesPerSpan;
      runs.push({ name: store.name, r, decode: [before.spansPerSecond, after.spansPerSecond] });
    } finally {
      await store.cleanup();
    }
  }
  const mean = (d: number[]) => (d[0] + d[1]) / 2;
  const spans = (v: number) => `${Math.round(v).toLocaleString('en')} spans/s`;
  const row = (label: string, cell: (run: (typeof runs)[number]) => string) =>
    console.log(`| ${label} | ${runs.map(cell).join(' | ')} |`);
  console.log(`\nOTLP protobuf, ${SPANS_PER_BATCH} spans per request (${bytesPerSpan.toFixed(0)} bytes per span)\n`);
  console.log(`| measure | ${runs.map((r) => r.name).join(' | ')} |`);
  console.log(`| --- | ${runs.map(() => '---:').join(' | ')} |`);
  row(
    'raw protobuf decode, one core (before / after the run)',
    ({ decode }) => `${spans(decode[0])} / ${spans(decode[1])}`,
  );
  row('ingest over HTTP, committed', ({ r }) => spans(r.spansPerSecond));
  row('ingest ÷ raw decode (their mean)', ({ r, decode }) => `${(r.spansPerSecond / mean(decode)).toFixed(2)}×`);
  row('p99 request latency', ({ r }) => `${r.p99Ms.toFixed(0)} ms`);
  row('requests (non-200)', ({ r }) => `${r.requests} (${r.failures})`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

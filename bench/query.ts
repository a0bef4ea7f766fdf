// npm run bench:query — the query API against its production build over the 30-day seed
// (bench/seed.ts: 5 services × 20 middleware × 10 routes, every minute): each endpoint
// timed over HTTP, sequentially, after one warm-up call; p50 and p95 of BENCH_RUNS calls.
// Target: p95 < 150 ms for the ranking and compare over 24 h and 7 d.
// BENCH_SEED=/path/file.db keeps the seed there and reuses it on the next run (it is ~6 GB
// and takes a minute and a half to write).
import fs from 'node:fs';
import path from 'node:path';
import { ensureBuild } from '../scripts/build';
import { startDashboard } from '../test/helpers/dashboard';
import { sqliteStore } from '../test/helpers/stores';
import { seededStore } from './seed';

const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const DAY = 86_400_000;

function percentile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
}

async function main(): Promise<void> {
  ensureBuild();
  const tmp = sqliteStore();
  const kept = process.env.BENCH_SEED;
  const file = kept ?? new URL(tmp.url).pathname;
  if (kept === undefined || !fs.existsSync(kept)) {
    const seeded = await seededStore(file);
    console.log(`seeded ${seeded.rows.toLocaleString('en')} rows in ${seeded.seconds.toFixed(0)} s (${path.basename(file)})`);
  }
  const dashboard = await startDashboard(`file:${file}`);
  const now = Date.now();
  const iso = (ms: number) => new Date(ms).toISOString();
  const endpoints: [string, string][] = [
    ['services', '/api/services'],
    ['ranking, 24 h', '/api/services/svc-2/middleware?range=24h'],
    ['ranking, 7 d', '/api/services/svc-2/middleware?range=7d'],
    ['ranking, 7 d, one version', '/api/services/svc-2/middleware?range=7d&version=1.1'],
    ['compare versions, 7 d', '/api/services/svc-2/compare?a=1.0&b=1.1&range=7d'],
    ['compare two 24 h ranges', `/api/services/svc-2/compare?aFrom=${iso(now - 2 * DAY)}&aTo=${iso(now - DAY)}&bFrom=${iso(now - DAY)}&bTo=${iso(now)}`],
    ['compare two 7 d ranges', `/api/services/svc-2/compare?aFrom=${iso(now - 14 * DAY)}&aTo=${iso(now - 7 * DAY)}&bFrom=${iso(now - 7 * DAY)}&bTo=${iso(now)}`],
    ['middleware detail, 24 h', '/api/services/svc-2/middleware/middleware03?range=24h'],
    ['middleware detail, 7 d', '/api/services/svc-2/middleware/middleware03?range=7d'],
    ['ranking, 30 d (custom)', `/api/services/svc-2/middleware?from=${iso(now - 30 * DAY)}&to=${iso(now)}`],
  ];
  try {
    console.log(`\n| endpoint | p50 | p95 | rows in answer |`);
    console.log('| --- | ---: | ---: | ---: |');
    for (const [name, url] of endpoints) {
      const warm = await fetch(dashboard.url + url);
      if (!warm.ok) throw new Error(`${url}: ${warm.status} ${await warm.text()}`);
      const body = (await warm.json()) as { middleware?: unknown[]; services?: unknown[] };
      const times: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const t0 = performance.now();
        const res = await fetch(dashboard.url + url);
        await res.arrayBuffer();
        times.push(performance.now() - t0);
      }
      times.sort((a, b) => a - b);
      const n = body.middleware?.length ?? body.services?.length ?? 1;
      console.log(`| ${name} | ${percentile(times, 0.5).toFixed(0)} ms | ${percentile(times, 0.95).toFixed(0)} ms | ${n} |`);
    }
  } finally {
    await dashboard.stop();
    await tmp.cleanup();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

// npm run bench:query — the query API against its production build over the 30-day seed
// (bench/seed.ts: 5 services × 20 middleware × 10 routes, every minute) in each store
// BENCH_STORE names (bench/stores.ts): each endpoint timed over HTTP, sequentially, after
// one warm-up call; p50 and p95 of BENCH_RUNS calls, both stores side by side, and each
// seed's size. Targets (PostgreSQL): p95 ≤ 60 ms for the ranking and compare over 7 d,
// ≤ 120 ms for a 24 h drill-down.
import { ensureBuild } from '../scripts/build';
import { printTimings, timeEndpoints, type TimingColumn } from './http-timing';
import { benchProviders, seededStore, storeSize } from './stores';

const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const DAY = 86_400_000;

function endpoints(now: number): [string, string][] {
  const iso = (ms: number) => new Date(ms).toISOString();
  return [
    ['services', '/api/services'],
    ['ranking, 24 h', '/api/services/svc-2/middleware?range=24h'],
    ['ranking, 7 d', '/api/services/svc-2/middleware?range=7d'],
    ['ranking, 7 d, one version', '/api/services/svc-2/middleware?range=7d&version=1.1'],
    ['compare versions, 7 d', '/api/services/svc-2/compare?a=1.0&b=1.1&range=7d'],
    [
      'compare two 24 h ranges',
      `/api/services/svc-2/compare?aFrom=${iso(now - 2 * DAY)}&aTo=${iso(now - DAY)}&bFrom=${iso(now - DAY)}&bTo=${iso(now)}`,
    ],
    [
      'compare two 7 d ranges',
      `/api/services/svc-2/compare?aFrom=${iso(now - 14 * DAY)}&aTo=${iso(now - 7 * DAY)}&bFrom=${iso(now - 7 * DAY)}&bTo=${iso(now)}`,
    ],
    ['middleware detail, 24 h', '/api/services/svc-2/middleware/middleware03?range=24h'],
    ['middleware detail, 7 d', '/api/services/svc-2/middleware/middleware03?range=7d'],
    ['ranking, 30 d (custom)', `/api/services/svc-2/middleware?from=${iso(now - 30 * DAY)}&to=${iso(now)}`],
  ];
}

async function main(): Promise<void> {
  ensureBuild();
  const columns: (TimingColumn & { size: string })[] = [];
  for (const provider of benchProviders()) {
    const store = await seededStore(provider);
    if (store.seeded !== null)
      console.log(
        `${store.name}: seeded ${store.seeded.rows.toLocaleString('en')} rows in ${store.seeded.seconds.toFixed(0)} s`,
      );
    const size = await storeSize(store.url);
    try {
      columns.push({
        name: store.name,
        times: await timeEndpoints(store.url, endpoints(Date.now()), RUNS),
        size: `${(size.bytes / 2 ** 30).toFixed(2)} GiB; ${size.rollupRows.toLocaleString('en')} rollup rows, ${size.rollupBytesPerRow.toFixed(0)} B per row with indexes, histograms ${size.histogramBytesPerRow.toFixed(0)} B`,
      });
    } finally {
      await store.cleanup();
    }
  }
  console.log(`\n${RUNS} calls per endpoint after one warm-up; p50 / p95\n`);
  for (const c of columns) console.log(`${c.name}: ${c.size}`);
  printTimings(
    endpoints(0).map(([label]) => label),
    columns,
  );
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

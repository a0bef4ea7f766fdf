// npm run bench:services — a large estate's pages and API: BENCH_SERVICES (default 10,000)
// services, each 20 middleware × 5 routes × 2 versions, minute rows (per route and all
// routes) for the last BENCH_MINUTES (default 5) minutes and a runtime row a minute, written
// straight into each store BENCH_STORE names (bench/seed.ts's shape, bench/stores.ts's
// writers); then the Services list (first page, last page, a search), one service's
// ranking and compare, and both pages, timed over HTTP against the production build: p50
// and p95 of BENCH_RUNS (default 20) calls after one warm-up.
import { ensureBuild } from '../scripts/build';
import { MINUTE_MS } from '../lib/rollup/grains';
import { printTimings, timeEndpoints, type TimingColumn } from './http-timing';
import { benchProviders, storeShaped, storeSize } from './stores';

const SERVICES = Number(process.env.BENCH_SERVICES ?? 10_000);
const MINUTES = Number(process.env.BENCH_MINUTES ?? 5);
const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const PAGE = 100;

const name = (i: number) => `svc-${String(i).padStart(5, '0')}`;

function endpoints(): [string, string][] {
  const one = name(Math.floor(SERVICES / 2));
  return [
    ['services, first page', '/api/services'],
    ['services, last page', `/api/services?offset=${Math.max(0, SERVICES - PAGE)}`],
    ['services, a search', `/api/services?q=${name(SERVICES - 1)}`],
    ['one service: ranking, 15 min', `/api/services/${one}/middleware?range=15m`],
    ['one service: compare versions', `/api/services/${one}/compare?a=1.0&b=1.1&range=15m`],
    ['Services page', '/'],
    ["a service's page", `/services/${one}`],
  ];
}

async function main(): Promise<void> {
  for (const [k, v] of [
    ['BENCH_SERVICES', SERVICES],
    ['BENCH_MINUTES', MINUTES],
    ['BENCH_RUNS', RUNS],
  ] as const) {
    if (!(Number.isInteger(v) && v > 0)) throw new Error(`${k}: a whole number > 0, got ${process.env[k]}`);
  }
  ensureBuild();
  const shape = {
    services: Array.from({ length: SERVICES }, (_, i) => name(i)),
    routes: Array.from({ length: 5 }, (_, i) => `/api/resource${i}/:id`),
    days: 0,
    minuteMs: MINUTES * MINUTE_MS,
    exemplarMs: 0,
    // Each service's second version starts halfway through.
    deployAgoMs: Math.ceil(MINUTES / 2) * MINUTE_MS,
  };
  const columns: (TimingColumn & { size: string })[] = [];
  for (const provider of benchProviders()) {
    const store = await storeShaped(provider, shape);
    console.log(
      `${store.name}: seeded ${store.seeded!.rows.toLocaleString('en')} rows in ${store.seeded!.seconds.toFixed(0)} s`,
    );
    const size = await storeSize(store.url);
    try {
      // The default cap is 10,000 services (HOPSCOPE_MAX_SERVICES): the estate is the store's, not ingest's.
      const times = await timeEndpoints(store.url, endpoints(), RUNS, {
        HOPSCOPE_MAX_SERVICES: String(Math.max(SERVICES, 10_000)),
      });
      columns.push({
        name: store.name,
        times,
        size: `${(size.bytes / 2 ** 30).toFixed(2)} GiB, ${size.rollupRows.toLocaleString('en')} rollup rows`,
      });
    } finally {
      await store.cleanup();
    }
  }
  console.log(
    `\n${SERVICES.toLocaleString('en')} services, ${MINUTES} minutes of rows; ${RUNS} calls per endpoint after one warm-up; p50 / p95\n`,
  );
  for (const c of columns) console.log(`${c.name}: ${c.size}`);
  printTimings(
    endpoints().map(([label]) => label),
    columns,
  );
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

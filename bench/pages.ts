// npm run bench:pages — for each page, in real Chromium against the production build:
// the client JavaScript it loads (decoded and as transferred), the server's response time
// and when the first chart is visible, over BENCH_RUNS visits (default 5) after one
// warm-up visit: the median and the slowest. Data: the query benchmark's 30-day seed in
// each store BENCH_STORE names (bench/stores.ts). Targets: server < 1 s, first chart ≤ 1 s.
import { ensureBuild } from '../scripts/build';
import { launch } from '../test/helpers/browser';
import { createDb, tablesOf } from '../lib/db/client';
import { storeFromUrl } from '../lib/db/url';
import { startDashboard } from '../test/helpers/dashboard';
import { benchProviders, seededStore } from './stores';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);

/** Times of one page's visits (ms): the median and the slowest; null when a visit showed no chart. */
type Spread = { median: number; max: number } | null;
type Weight = { page: string; jsKiB: number; jsGzipKiB: number; serverMs: Spread; firstChartMs: Spread };

function spread(times: (number | null)[]): Spread {
  if (times.some((t) => t === null)) return null;
  const sorted = (times as number[]).toSorted((a, b) => a - b);
  return { median: sorted[Math.floor((sorted.length - 1) / 2)], max: sorted[sorted.length - 1] };
}

const cell = (s: Spread, none: string) => (s === null ? none : `${s.median.toFixed(0)} (${s.max.toFixed(0)})`);

async function measurePages(url: string): Promise<Weight[]> {
  const db = createDb(storeFromUrl(url));
  const latest = await tablesOf(db)
    .selectFrom('Exemplar')
    .select('traceId')
    .where('service', '=', 'svc-2')
    .orderBy('start', 'desc')
    .executeTakeFirst();
  await db.$disconnect();
  if (latest === undefined) throw new Error('the seed has no exemplars');
  const dashboard = await startDashboard(url);
  const browser = await launch();
  try {
    const pages: [string, string][] = [
      ['Services', '/'],
      ['Service, 1 h', '/services/svc-2?range=1h'],
      ['Service, 24 h', '/services/svc-2?range=24h'],
      ['Service, 7 d', '/services/svc-2?range=7d'],
      ['Service, live', '/services/svc-2?live=1'],
      ['Middleware, 24 h', '/services/svc-2/middleware/middleware03?range=24h'],
      ['Middleware, 7 d', '/services/svc-2/middleware/middleware03?range=7d'],
      ['Compare versions, 7 d', '/services/svc-2/compare?a=1.0&b=1.1&range=7d'],
      ['Request timeline', `/services/svc-2/traces/${latest.traceId}`],
    ];
    const rows: Weight[] = [];
    for (const [name, path] of pages) {
      // One unmeasured visit first, as bench:query warms each endpoint: the figures are
      // those of a running dashboard, not of the first request after a start.
      const warm = await browser.newPage();
      await warm.goto(dashboard.url + path, { waitUntil: 'load' });
      await warm.close();
      const visits: { chart: number | null; server: number; decoded: number; transferred: number }[] = [];
      for (let i = 0; i < RUNS; i++) {
        const page = await browser.newPage();
        const t0 = Date.now();
        await page.goto(dashboard.url + path, { waitUntil: 'load' });
        const chart = await page
          .locator('.recharts-surface')
          .first()
          .waitFor({ timeout: 5000 })
          .then(() => Date.now() - t0)
          .catch(() => null);
        const m = await page.evaluate(() => {
          const scripts = performance
            .getEntriesByType('resource')
            .filter((e) => (e as PerformanceResourceTiming).initiatorType === 'script') as PerformanceResourceTiming[];
          const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
          return {
            decoded: scripts.reduce((n, s) => n + s.decodedBodySize, 0),
            transferred: scripts.reduce((n, s) => n + s.encodedBodySize, 0),
            server: nav.responseEnd - nav.requestStart,
          };
        });
        visits.push({ chart, ...m });
        await page.close();
      }
      rows.push({
        page: name,
        jsKiB: visits[0].decoded / 1024,
        jsGzipKiB: visits[0].transferred / 1024,
        serverMs: spread(visits.map((v) => v.server)),
        firstChartMs: spread(visits.map((v) => v.chart)),
      });
    }
    return rows;
  } finally {
    await browser.close();
    await dashboard.stop();
  }
}

async function main(): Promise<void> {
  ensureBuild();
  const runs: { name: string; rows: Weight[] }[] = [];
  for (const provider of benchProviders()) {
    const store = await seededStore(provider);
    try {
      runs.push({ name: store.name, rows: await measurePages(store.url) });
    } finally {
      await store.cleanup();
    }
  }
  console.log(
    `\n30-day seed: 5 services × 20 middleware × 10 routes; Chromium, production build; ${RUNS} visits per page after one warm-up:`,
  );
  console.log('server response / first chart visible, median (slowest), ms\n');
  console.log(`| page | client JS | compressed | ${runs.map((r) => r.name).join(' | ')} |`);
  console.log(`| --- | ---: | ---: | ${runs.map(() => '---:').join(' | ')} |`);
  runs[0].rows.forEach((first, i) => {
    const cells = runs.map(
      ({ rows: { [i]: r } }) => `${cell(r.serverMs, '—')} / ${cell(r.firstChartMs, '— (no chart)')}`,
    );
    console.log(
      `| ${first.page} | ${first.jsKiB.toFixed(0)} KiB | ${first.jsGzipKiB.toFixed(0)} KiB | ${cells.join(' | ')} |`,
    );
  });
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

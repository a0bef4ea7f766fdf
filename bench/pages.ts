// npm run bench:pages — for each page, in real Chromium against the production build:
// the client JavaScript it loads (decoded and as transferred), the server's response time
// and when the first chart is visible, after one warm-up visit. Data: the query
// benchmark's 30-day seed (bench/seed.ts; BENCH_SEED=/path/file.db keeps and reuses it).
// Targets: server < 1 s, first chart < 2 s.
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { ensureBuild } from '../scripts/build';
import { launch } from '../test/helpers/browser';
import { startDashboard } from '../test/helpers/dashboard';
import { sqliteStore } from '../test/helpers/stores';
import { seededStore } from './seed';

type Weight = { page: string; jsKiB: number; jsGzipKiB: number; serverMs: number; firstChartMs: number | null };

async function main(): Promise<void> {
  ensureBuild();
  const store = sqliteStore();
  const file = process.env.BENCH_SEED ?? new URL(store.url).pathname;
  if (!fs.existsSync(file)) await seededStore(file);
  const sqlite = new Database(file, { readonly: true });
  const { traceId } = sqlite.prepare(`SELECT "traceId" FROM "Exemplar" WHERE service = 'svc-2' ORDER BY start DESC LIMIT 1`).get() as { traceId: string };
  sqlite.close();
  const dashboard = await startDashboard(`file:${file}`);
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
      ['Request timeline', `/services/svc-2/traces/${traceId}`],
    ];
    const rows: Weight[] = [];
    for (const [name, path] of pages) {
      // One unmeasured visit first, as bench:query warms each endpoint: the figures are
      // those of a running dashboard, not of the first request after a start.
      const warm = await browser.newPage();
      await warm.goto(dashboard.url + path, { waitUntil: 'load' });
      await warm.close();
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
        const scripts = performance.getEntriesByType('resource').filter((e) => (e as PerformanceResourceTiming).initiatorType === 'script') as PerformanceResourceTiming[];
        const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
        return {
          decoded: scripts.reduce((n, s) => n + s.decodedBodySize, 0),
          transferred: scripts.reduce((n, s) => n + s.encodedBodySize, 0),
          server: nav.responseEnd - nav.requestStart,
        };
      });
      rows.push({ page: name, jsKiB: m.decoded / 1024, jsGzipKiB: m.transferred / 1024, serverMs: m.server, firstChartMs: chart });
      await page.close();
    }
    console.log(`\n30-day seed: 5 services × 20 middleware × 10 routes; Chromium, production build\n`);
    console.log('| page | client JS | compressed | server response | first chart visible |');
    console.log('| --- | ---: | ---: | ---: | ---: |');
    for (const r of rows) {
      console.log(
        `| ${r.page} | ${r.jsKiB.toFixed(0)} KiB | ${r.jsGzipKiB.toFixed(0)} KiB | ${r.serverMs.toFixed(0)} ms | ${r.firstChartMs === null ? '— (no chart)' : `${r.firstChartMs} ms`} |`,
      );
    }
  } finally {
    await browser.close();
    await dashboard.stop();
    await store.cleanup();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

// npm run bench:pages — for each page, in real Chromium against the production build:
// the client JavaScript it loads (decoded and as transferred), the server's response time
// and when the first chart is visible. Data: the instrumented test service, two versions.
import { ensureBuild } from '../scripts/build';
import { launch } from '../test/helpers/browser';
import { startDashboard } from '../test/helpers/dashboard';
import { runInstrumentedService } from '../test/helpers/service';
import { sqliteStore } from '../test/helpers/stores';

type Weight = { page: string; jsKiB: number; jsGzipKiB: number; serverMs: number; firstChartMs: number | null };

async function main(): Promise<void> {
  ensureBuild();
  const store = sqliteStore();
  const dashboard = await startDashboard(store.url);
  const browser = await launch();
  try {
    await runInstrumentedService({ endpoint: dashboard.url, service: 'shop', version: 'a', requests: 40, blockMs: 4 });
    await runInstrumentedService({ endpoint: dashboard.url, service: 'shop', version: 'b', requests: 40, blockMs: 1 });
    const pages: [string, string][] = [
      ['Services', '/'],
      ['Service', '/services/shop?range=1h'],
      ['Service, live', '/services/shop?live=1'],
      ['Middleware', '/services/shop/middleware/blocker?range=1h'],
      ['Compare', '/services/shop/compare?a=a&b=b&range=1h'],
    ];
    const rows: Weight[] = [];
    for (const [name, path] of pages) {
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
    console.log('\n| page | client JS | compressed | server response | first chart visible |');
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

// The FastAPI demo's `before` (as npm start runs it) in real Chromium at 1280×800: its sync
// dependency holds one of anyio's 40 pool threads for 150 ms a request, the pool binds, and
// the page says so and names the dependency, not Starlette's own handler (which is in the
// table, marked as the framework's).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { rankingWhen, startDashboard, type Dashboard } from '../helpers/dashboard';
import { launch, screenshot, watchedPage } from '../helpers/browser';
import { fastapiRuntime, startPythonApp } from '../helpers/python-apps';
import { sqliteStore, type TestStore } from '../helpers/stores';

const SERVICE = 'demo-shop-fastapi';
const REQUESTS = 300;

describe('pages: the FastAPI demo', () => {
  let store: TestStore;
  let dashboard: Dashboard;
  let browser: Browser;

  before(async () => {
    store = sqliteStore();
    dashboard = await startDashboard(store.url);
    browser = await launch();
    const shop = await startPythonApp(
      { HOPSCOPE_ENDPOINT: dashboard.url, DEMO_VERSION: 'before' },
      fastapiRuntime(),
      'fastapi-demo',
    );
    try {
      // More clients than the pool has threads, as the demo's load.
      let sent = 0;
      await Promise.all(
        Array.from({ length: 64 }, async () => {
          while (sent < REQUESTS) {
            sent++;
            await (await fetch(`${shop.url}/products/${sent}`)).text();
          }
        }),
      );
    } finally {
      await shop.stop(); // flushes its telemetry
    }
    await rankingWhen(
      dashboard.url,
      SERVICE,
      (r) => (r.middleware.find((m) => m.name === 'load_product')?.calls ?? 0) >= REQUESTS,
    );
  });
  after(async () => {
    await browser?.close();
    await dashboard?.stop();
    await store?.cleanup();
  });

  test('the pool binds, the headline names the sync dependency, the handler is marked the framework’s own', async () => {
    const { page, problems } = await watchedPage(browser);
    await page.goto(`${dashboard.url}/services/${SERVICE}`);
    const headline = await page.getByTestId('headline').innerText();
    assert.match(headline, /^load_product /, headline);
    assert.match(headline, /thread pool/, headline);
    assert.match(
      await page.getByTestId('ceiling-binding').innerText(),
      /^Bound by the thread pool \(40 threads, 15\d ms of pool time a request\)/,
    );
    assert.match(await page.getByTestId('pool-in-use').innerText(), / of 40$/);
    const ranking = page.getByRole('table', { name: /ranked/ });
    const handler = ranking.getByRole('row', { name: /^starlette\.handler/ });
    assert.equal(await handler.getByTestId('framework-step').count(), 1);
    assert.match(await ranking.locator('tbody tr').last().innerText(), /^starlette\.handler/);
    await screenshot(page, 'fastapi-service');
    assert.deepEqual(problems, []);
  });
});

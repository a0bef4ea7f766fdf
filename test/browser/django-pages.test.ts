// The Django demo's `before` (on Django 5.2, as npm start runs it) in real Chromium at
// 1280×800: the sync-only AuditLog keeps a sync thread across the async view and costs the
// most, and the page names it, not Django's own handler (which is in the chain and the
// table, marked as the framework's).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import type { MiddlewareRanking } from '../../lib/query/types';
import { getJson, startDashboard, type Dashboard } from '../helpers/dashboard';
import { launch, screenshot, watchedPage } from '../helpers/browser';
import { newestDjango, startPythonApp } from '../helpers/python-apps';
import { sqliteStore, type TestStore } from '../helpers/stores';

const SERVICE = 'demo-shop-django';
const AUDIT = 'demo_shop.middleware.AuditLog';

describe('pages: the Django demo', () => {
  let store: TestStore;
  let dashboard: Dashboard;
  let browser: Browser;

  // The shop's audit log, in a folder of this test's own (removed after).
  const logDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hopscope-demo-test-'));

  before(async () => {
    store = sqliteStore();
    dashboard = await startDashboard(store.url);
    browser = await launch();
    const shop = await startPythonApp(
      { HOPSCOPE_ENDPOINT: dashboard.url, DEMO_VERSION: 'before', DEMO_LOG_DIR: logDir },
      newestDjango(),
      'demo',
    );
    try {
      let sent = 0;
      await Promise.all(
        Array.from({ length: 8 }, async () => {
          while (sent < 80) {
            sent++;
            await (await fetch(`${shop.url}/products/${sent}`)).text();
          }
        }),
      );
    } finally {
      await shop.stop(); // flushes its telemetry
    }
    const deadline = Date.now() + 20_000;
    for (;;) {
      const { body } = await getJson<MiddlewareRanking>(
        `${dashboard.url}/api/services/${SERVICE}/middleware?range=15m`,
      );
      if ((body.middleware?.find((m) => m.name === AUDIT)?.calls ?? 0) >= 80) break;
      assert.ok(Date.now() < deadline, `the demo's figures did not arrive: ${JSON.stringify(body)}`);
      await new Promise((r) => setTimeout(r, 250));
    }
  });
  after(async () => {
    await browser?.close();
    await dashboard?.stop();
    await store?.cleanup();
    fs.rmSync(logDir, { recursive: true, force: true });
  });

  test('the headline names AuditLog, not the handler; the handler is marked the framework’s own', async () => {
    const { page, problems } = await watchedPage(browser);
    await page.goto(`${dashboard.url}/services/${SERVICE}`);
    const headline = await page.getByTestId('headline').innerText();
    assert.match(headline, new RegExp(`^${AUDIT.replaceAll('.', '\\.')} `), headline);
    // Django 5.2: a thread per request, so the CPU under the GIL binds, not one shared thread.
    assert.match(await page.getByTestId('ceiling-binding').innerText(), /^Bound by the CPU/);
    const ranking = page.getByRole('table', { name: /ranked/ });
    assert.match(
      await ranking.locator('tbody tr').first().innerText(),
      /^demo_shop\.middleware\.AuditLog/,
      'the team’s middleware first',
    );
    assert.match(
      await ranking.locator('tbody tr').last().innerText(),
      /^django\.handler/,
      'the framework’s own step last',
    );
    const handler = ranking.getByRole('row', { name: /^django\.handler/ });
    assert.equal(await handler.getByTestId('framework-step').count(), 1);
    assert.match(await handler.innerText(), /framework/, 'no "ceiling without it" for the framework');
    // Every label of the chain chart whole: the longest name is 55 characters.
    for (const label of await page
      .locator('figure[aria-label^="Occupancy and waiting"] .recharts-yAxis .recharts-cartesian-axis-tick text')
      .all()) {
      const box = await label.boundingBox();
      assert.ok(box !== null && box.x >= 0, `label ${await label.textContent()} clipped: ${JSON.stringify(box)}`);
    }
    await screenshot(page, 'django-service');
    assert.deepEqual(problems, []);
  });
});

// A team's dashboard in real Chromium: signed out, every page sends the browser to sign-in;
// an administrator adds a colleague on Settings and an alert rule on Alerts; the colleague
// signs in and sees the rule, but not the users.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { startDashboard, type Dashboard } from '../helpers/dashboard';
import { ADMIN, LOCAL_AUTH_ENV, submitSignIn } from '../helpers/auth';
import { launch, screenshot, watchedPage } from '../helpers/browser';
import { sqliteStore, type TestStore } from '../helpers/stores';

const ROOT = path.resolve(__dirname, '..', '..');
const DEV = { email: 'dev@example.com', password: 'another long passphrase' };

/** Every page of the app, with each [param] filled in. */
function pages(dir = path.join(ROOT, 'app')): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return pages(p);
    return e.name === 'page.tsx' ? [`/${path.relative(path.join(ROOT, 'app'), dir)}`.replace(/\[[^\]]+\]/g, 'x')] : [];
  });
}

async function signIn(page: Page, url: string, who: { email: string; password: string }): Promise<void> {
  await page.goto(`${url}/sign-in`);
  await submitSignIn(page, who);
  await page.waitForURL(`${url}/`);
}

describe('a team on one dashboard', () => {
  let store: TestStore;
  let dashboard: Dashboard;
  let browser: Browser;

  before(async () => {
    store = sqliteStore();
    dashboard = await startDashboard(store.url, LOCAL_AUTH_ENV);
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    await dashboard?.stop();
    await store?.cleanup();
  });

  test('signed out, every page sends the browser to sign-in, keeping where it was going', async () => {
    const all = pages().filter((p) => p !== '/sign-in');
    assert.ok(all.length >= 7, all.join(', '));
    const context = await browser.newContext();
    const page = await context.newPage();
    for (const p of all) {
      await page.goto(`${dashboard.url}${p === '/' ? '' : p}`);
      await page.waitForURL(`${dashboard.url}/sign-in?next=${encodeURIComponent(p)}`);
      await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    }
    await context.close();
  });

  test('the administrator adds a colleague and a rule; the colleague sees the rule and no user list', async () => {
    const { page, problems } = await watchedPage(browser);
    await signIn(page, dashboard.url, ADMIN);
    await page.goto(`${dashboard.url}/settings`);
    const add = page.getByRole('form', { name: 'new user' });
    await add.getByLabel('E-mail').fill(DEV.email);
    await add.getByLabel(/Password/).fill(DEV.password);
    await add.getByRole('button', { name: 'Add user' }).click();
    await page.getByRole('row', { name: new RegExp(DEV.email) }).waitFor();

    await page.getByRole('link', { name: 'Alerts' }).click();
    await page.waitForURL(`${dashboard.url}/alerts`);
    const rule = page.getByRole('form', { name: 'new rule' });
    await rule.getByLabel('Service').fill('checkout');
    await rule.getByLabel('When').selectOption('occupancyP95');
    await rule.getByLabel('Threshold').fill('5');
    await rule.getByRole('textbox', { name: /Middleware/ }).fill('blocker');
    // Not http(s): refused on the page with the reason.
    await rule.getByLabel('Webhook URL').evaluate((el) => ((el as HTMLInputElement).type = 'text'));
    await rule.getByLabel('Webhook URL').fill('ftp://hooks.example.com/x');
    await rule.getByRole('button', { name: 'Add rule' }).click();
    assert.match(await page.locator('[role=alert].error').innerText(), /webhookUrl: must be an http\(s\) URL/);
    await rule.getByLabel('Webhook URL').fill('https://hooks.example.com/services/T000/B000/secret');
    await rule.getByRole('button', { name: 'Add rule' }).click();
    const row = page.getByRole('row', { name: /checkout/ });
    await row.waitFor();
    assert.match(await row.innerText(), /occupancyP95 \(blocker\)\s+5\s+5 min\s+json · hooks\.example\.com/);
    await screenshot(page, 'alerts');
    assert.ok(
      problems.every((p) => /400/.test(p)),
      problems.join('\n'),
    );
    await page.close();

    const context = await browser.newContext();
    const dev = await context.newPage();
    await signIn(dev, dashboard.url, DEV);
    await dev.goto(`${dashboard.url}/alerts`);
    await dev.getByRole('row', { name: /checkout/ }).waitFor();
    await dev.goto(`${dashboard.url}/settings`);
    await dev.getByRole('heading', { name: 'Your API tokens' }).waitFor();
    assert.equal(await dev.getByRole('heading', { name: 'Users' }).count(), 0);
    assert.equal(await dev.getByRole('heading', { name: 'Ingest tokens' }).count(), 0);
    await context.close();
  });
});

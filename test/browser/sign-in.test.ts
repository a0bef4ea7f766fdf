// Sign-in in real Chromium against the production build: a local account, and single
// sign-on through a real OpenID Connect provider on loopback (oidc-provider), including
// an e-mail domain that is refused and a tampered state.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { startDashboard, type Dashboard } from '../helpers/dashboard';
import { ADMIN, AUTH_SECRET, LOCAL_AUTH_ENV, submitSignIn } from '../helpers/auth';
import { launch, screenshot, watchedPage } from '../helpers/browser';
import { OIDC_CLIENT, startOidcProvider, type TestProvider } from '../helpers/oidc';
import { sqliteStore, type TestStore } from '../helpers/stores';
import { freePort } from '../../scripts/net';

async function signInWithPassword(page: Page, url: string, password: string): Promise<void> {
  await page.goto(`${url}/settings?from=bookmark`);
  await page.waitForURL(/\/sign-in\?next=/);
  await submitSignIn(page, { email: ADMIN.email, password });
}

describe('sign-in with a local account', () => {
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

  test('a wrong password is refused on the page; the right one lands where the user was going', async () => {
    const { page, problems } = await watchedPage(browser);
    await signInWithPassword(page, dashboard.url, 'not the password at all');
    assert.match(await page.locator('[role=alert].error').innerText(), /invalid email or password/i);
    assert.match(page.url(), /\/sign-in/);
    await page.getByLabel('Password').fill(ADMIN.password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.waitForURL(`${dashboard.url}/settings?from=bookmark`);
    await page.locator('.user-menu').getByText(ADMIN.email).waitFor();
    const cookie = (await page.context().cookies()).find((c) => c.name === 'better-auth.session_token');
    assert.ok(cookie, 'a session cookie');
    assert.equal(cookie.httpOnly, true);
    assert.equal(cookie.sameSite, 'Lax');
    await screenshot(page, 'signed-in');
    // The failed attempt's 401 is the only console error the page may log.
    assert.ok(
      problems.every((p) => /401/.test(p)),
      problems.join('\n'),
    );
    await page.close();
  });

  test('an API token made on the settings page works for scripts, and stops the moment it is revoked', async () => {
    const { page } = await watchedPage(browser);
    await signInWithPassword(page, dashboard.url, ADMIN.password);
    await page.waitForURL(/\/settings/);
    await page.goto(`${dashboard.url}/settings`);
    const form = page.getByRole('form', { name: 'new api token' });
    await form.getByLabel('Name').fill('ci');
    await form.getByRole('button', { name: 'Create token' }).click();
    const secret = (await page.getByTestId('new-secret').locator('code').first().innerText()).trim();
    assert.match(secret, /^hsk_api_[A-Za-z0-9_-]{43}$/);
    const asScript = () => fetch(`${dashboard.url}/api/services`, { headers: { authorization: `Bearer ${secret}` } });
    assert.equal((await asScript()).status, 200);
    const row = page.getByRole('row', { name: /\bci\b/ });
    await row.getByRole('button', { name: 'Revoke' }).click();
    await row.waitFor({ state: 'detached' });
    const refused = await asScript();
    assert.equal(refused.status, 401);
    assert.deepEqual(await refused.json(), { error: 'sign-in required' });
    await page.close();
  });

  test('"sign out everywhere" ends the sessions of other browsers at once', async () => {
    const other = await browser.newContext();
    const elsewhere = await other.newPage();
    await signInWithPassword(elsewhere, dashboard.url, ADMIN.password);
    await elsewhere.waitForURL(/\/settings/);

    const { page } = await watchedPage(browser);
    await signInWithPassword(page, dashboard.url, ADMIN.password);
    await page.waitForURL(/\/settings/);
    await page.goto(`${dashboard.url}/settings`);
    await page.getByRole('button', { name: 'Sign out everywhere' }).click();
    await page.waitForURL(/\/sign-in/);

    await elsewhere.goto(`${dashboard.url}/`);
    await elsewhere.waitForURL(/\/sign-in\?next=%2F$/);
    await other.close();
    await page.close();
  });
});

describe('single sign-on through an OpenID Connect provider', () => {
  let store: TestStore;
  let dashboard: Dashboard;
  let provider: TestProvider;
  let browser: Browser;

  before(async () => {
    store = sqliteStore();
    // The provider must know the dashboard's callback before the dashboard knows its issuer.
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    provider = await startOidcProvider(url);
    dashboard = await startDashboard(
      store.url,
      {
        HOPSCOPE_AUTH: 'oidc',
        HOPSCOPE_URL: url,
        HOPSCOPE_AUTH_SECRET: AUTH_SECRET,
        HOPSCOPE_OIDC_ISSUER: provider.issuer,
        HOPSCOPE_OIDC_CLIENT_ID: OIDC_CLIENT.id,
        HOPSCOPE_OIDC_CLIENT_SECRET: OIDC_CLIENT.secret,
        HOPSCOPE_OIDC_ALLOWED_DOMAINS: 'example.com',
        HOPSCOPE_OIDC_NAME: 'Test IdP',
      },
      port,
    );
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    await dashboard?.stop();
    await provider?.stop();
    await store?.cleanup();
  });

  async function throughProvider(page: Page, login: string): Promise<void> {
    await page.goto(`${dashboard.url}/`);
    await page.waitForURL(/\/sign-in/);
    await page.getByRole('button', { name: 'Sign in with Test IdP' }).click();
    await page.waitForURL(new RegExp(`^${provider.issuer}/interaction/`));
    await page.locator('input[name=login]').fill(login);
    await page.locator('input[name=password]').fill('anything');
    await page.getByRole('button', { name: 'Sign-in' }).click();
    // First sign-in of this account: the provider asks for consent.
    const consent = page.getByRole('button', { name: 'Continue' });
    await Promise.race([
      consent.waitFor().then(() => consent.click()),
      page.waitForURL(new RegExp(`^${dashboard.url}`)),
    ]);
  }

  const me = async (page: Page) => (await page.context().request.get(`${dashboard.url}/api/me`)).status();

  test('an address of an allowed domain signs in and lands on the dashboard', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await throughProvider(page, 'alice@example.com');
    await page.waitForURL(`${dashboard.url}/`);
    await page.locator('.user-menu').getByText('alice@example.com').waitFor();
    assert.equal(await me(page), 200);
    await context.close();
  });

  test('an address of another domain is refused, with the reason on the sign-in page', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await throughProvider(page, 'mallory@evil.test');
    await page.waitForURL(/\/sign-in\?error=email_domain_not_allowed/);
    assert.match(await page.locator('[role=alert].error').innerText(), /e-mail domain may not sign in/);
    assert.equal(await me(page), 401);
    await context.close();
  });

  test('a tampered state is refused and signs nobody in', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    // The provider sends the browser back with whatever state it was given: change it on the way out.
    await context.route(`${provider.issuer}/auth?**`, (route) => {
      const u = new URL(route.request().url());
      u.searchParams.set('state', `${u.searchParams.get('state')}x`);
      return route.continue({ url: u.toString() });
    });
    await throughProvider(page, 'bob@example.com');
    await page.waitForURL(/\/sign-in\?error=/);
    await page.locator('[role=alert].error').waitFor();
    assert.equal(await me(page), 401);
    await context.close();
  });
});

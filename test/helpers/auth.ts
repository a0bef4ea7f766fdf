// Sign-in for tests: a dashboard with local accounts and its administrator, and signing in
// on the sign-in page as a user does.
import type { Page } from 'playwright-core';

export const ADMIN = { email: 'admin@example.com', password: 'correct horse battery staple' };
export const AUTH_SECRET = 'a-test-secret-of-at-least-thirty-two-characters';

/** startDashboard()'s environment for HOPSCOPE_AUTH=local with ADMIN as the first administrator. */
export const LOCAL_AUTH_ENV = {
  HOPSCOPE_AUTH: 'local',
  HOPSCOPE_AUTH_SECRET: AUTH_SECRET,
  HOPSCOPE_ADMIN_EMAIL: ADMIN.email,
  HOPSCOPE_ADMIN_PASSWORD: ADMIN.password,
};

/** Fills in and sends the sign-in form of the page the browser is on. */
export async function submitSignIn(page: Page, who: { email: string; password: string }): Promise<void> {
  await page.getByLabel('E-mail').fill(who.email);
  await page.getByLabel('Password').fill(who.password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

import { expect, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { state } from './state';

/** The development users' password (k8s/overlays/dev/keycloak/facile-realm.json). */
export const DEV_PASSWORD = 'sportello-dev-2026';

/**
 * Signs `username` in through Keycloak's real login page: opens a staff page of the console (`path`, under
 * /sportello/), which sends the browser to Keycloak, fills the form, and waits to be back on `path` with the
 * staff bar showing. Keycloak's SSO cookie then keeps the context signed in: later pages of the same context
 * come back without the form.
 */
export async function signIn(page: Page, username: string, path = '/sportello/operatore'): Promise<void> {
  const origin = state().gateway;
  await page.goto(`${origin}${path}`);
  // Keycloak's form, or (SSO cookie of an earlier sign-in in this context) straight back signed in
  const form = page.locator('#username');
  await form.or(page.getByTestId('staff-user')).first().waitFor({ timeout: 20000 });
  if (await form.isVisible()) {
    await page.locator('#username').fill(username);
    await page.locator('#password').fill(DEV_PASSWORD);
    await page.locator('#kc-login, button[type=submit], input[type=submit]').first().click();
  }
  await page.waitForURL((url) => url.origin === origin && url.pathname === new URL(path, origin).pathname);
  await expect(page.getByTestId('staff-user')).toBeVisible();
}

/** A new browser context signed in as `username` (once per user per file: share it across the file's tests). */
export async function signedInContext(
  browser: Browser,
  username: string,
  path?: string,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, username, path);
  return { context, page };
}

import { expect, type Page } from '@playwright/test';
import { state } from './state';

/** The development realm's password of every staff user (k8s/overlays/dev/keycloak/facile-realm.json). */
export const STAFF_PASSWORD = 'sportello-dev-2026';

/**
 * Signs `username` in the way staff do: the console's "Accedi", Keycloak's real login page (Authorization Code
 * with PKCE), and back to the console at `path` (the personal area by default), signed in.
 */
export async function signIn(page: Page, username: string, path = '/area-personale'): Promise<void> {
  await page.goto(`${state().gateway}/sportello${path}`);
  await page.getByRole('main').getByRole('button', { name: 'Accedi' }).click();
  await page.waitForURL(/\/realms\/facile\/protocol\/openid-connect\/auth/);
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(STAFF_PASSWORD);
  await page.locator('#kc-login').click();
  await page.waitForURL((url) => url.pathname.startsWith(`/sportello${path}`));
  await expect(page.getByTestId('account')).toBeVisible();
}

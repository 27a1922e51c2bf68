import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe';
import { signIn } from '../support/sign-in';
import { state } from '../support/state';

test.describe('staff sign-in through Keycloak', () => {
  test('an operator signs in on the real login page, picks site and counter, and signs out', async ({
    page,
  }) => {
    const s = state();
    await signIn(page, 'operator-cesena-centro');
    await expect(page.getByRole('heading', { level: 1, name: 'Il mio turno' })).toBeVisible();
    // start of shift: only the operator's own site is offered
    const site = page.getByLabel('Sede', { exact: true });
    await expect(site.locator('option')).toHaveText(['Sportello FACILE Cesena']);
    await expectNoAxeViolations(page, 'the start of shift');
    await page.getByLabel('Sportello', { exact: true }).selectOption('2');
    await page.getByRole('button', { name: 'Inizia il turno' }).click();
    await expect(page.getByTestId('staff-shift')).toHaveText('Sede: Sportello FACILE Cesena · Sportello 2');
    await expectNoAxeViolations(page, 'the operator home, shift chosen');
    // remembered on this PC
    await page.reload();
    await expect(page.getByTestId('staff-shift')).toContainText('Sportello 2');
    // the access token is a real Keycloak token the API accepts
    const token = await page.evaluate(() => {
      const key = Object.keys(sessionStorage).find((k) => k.startsWith('oidc.user:'));
      return key
        ? (JSON.parse(sessionStorage.getItem(key) ?? '{}') as { access_token?: string }).access_token
        : undefined;
    });
    expect(token?.split('.').length).toBe(3);
    const agenda = await page.request.get(
      `${s.gateway}/scheduling/v1/agenda?site=cesena-centro&date=${new Date().toISOString().slice(0, 10)}`,
      { headers: { authorization: `Bearer ${token}` } },
    );
    expect(agenda.status()).toBe(200);
    await page.getByRole('button', { name: 'Esci' }).click();
    await page.waitForURL((url) => url.pathname === '/sportello/');
    await expect(page.getByTestId('staff-user')).toHaveCount(0);
  });

  test('the public pages of the console stay public', async ({ page }) => {
    await page.goto(`${state().gateway}/sportello/`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(page.url()).not.toContain('/realms/');
  });
});

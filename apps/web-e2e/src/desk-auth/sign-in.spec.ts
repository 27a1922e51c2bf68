import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe';
import { signIn } from '../support/sign-in';
import { state } from '../support/state';

/**
 * Staff sign in to the console through the real Keycloak (Authorization Code + PKCE), and the console calls the
 * API with the token Keycloak issued: what the operator and admin screens stand on.
 */
test.describe('staff sign-in to the desk console', () => {
  test('a staff page asks for sign-in, Keycloak signs the operator in and brings them back, sign-out ends it', async ({
    page,
  }) => {
    await page.goto(`${state().gateway}/sportello/area-personale`);
    await expect(page.getByRole('heading', { level: 1, name: 'Accedi alla console dello sportello' })).toBeVisible();
    await expectNoAxeViolations(page, 'sign-in page');

    await signIn(page, 'operator-cesena-centro');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Buongiorno, Operatrice Cesena Centro');
    await expect(page.getByTestId('roles')).toHaveText('Operatore di sportello');
    await expect(page.getByTestId('sites')).toHaveText('cesena-centro');
    await expectNoAxeViolations(page, 'personal area, signed in');

    // the session is the tab's: a reload keeps it, and it is in sessionStorage, not in a cookie of ours
    await page.reload();
    await expect(page.getByTestId('account')).toContainText('Operatrice Cesena Centro');

    await page.getByTestId('account').getByRole('button', { name: 'Esci' }).click();
    await page.waitForURL((url) => url.pathname === '/sportello/');
    await expect(page.getByRole('button', { name: 'Accedi' })).toBeVisible();
    await page.goto(`${state().gateway}/sportello/area-personale`);
    await expect(page.getByRole('heading', { level: 1, name: 'Accedi alla console dello sportello' })).toBeVisible();
  });

  test("the console's API calls carry Keycloak's token, which the services accept with the person's roles", async ({
    page,
  }) => {
    await signIn(page, 'tenant-admin-montiano');
    await expect(page.getByTestId('roles')).toHaveText('Amministratore del comune');
    await expect(page.getByTestId('tenants')).toHaveText('montiano');
    const token = await page.evaluate(() => {
      const key = Object.keys(sessionStorage).find((k) => k.startsWith('oidc.user:'));
      return key ? (JSON.parse(sessionStorage.getItem(key) ?? '{}') as { access_token?: string }).access_token : undefined;
    });
    expect(token).toBeTruthy();
    const own = await fetch(`${state().gateway}/notifications/v1/deliveries?tenant=montiano`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(own.status).toBe(200);
    const foreign = await fetch(`${state().gateway}/notifications/v1/deliveries?tenant=cesena`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(foreign.status).toBe(403);
  });
});

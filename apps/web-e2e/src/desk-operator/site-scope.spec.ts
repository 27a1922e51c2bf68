import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe';
import { signIn } from '../support/sign-in';
import { state } from '../support/state';

test("Montiano's operator is offered only Montiano's site, and the API refuses Cesena's agenda", async ({
  page,
}) => {
  const s = state();
  await signIn(page, 'operator-montiano-municipio', '/sportello/agenda');
  const site = page.getByLabel('Sede', { exact: true });
  await expect(site.locator('option')).toHaveCount(1);
  await expect(site.locator('option')).not.toContainText(['Cesena']);
  await expectNoAxeViolations(page, "the agenda before Montiano's shift");
  // forcing Cesena's site in the stored shift offers nothing of it…
  await page.evaluate(() =>
    localStorage.setItem('facile.desk.shift', JSON.stringify({ site: 'cesena-centro', counter: '1' })),
  );
  await page.reload();
  await expect(page.getByText('Scegli sede e sportello qui sopra')).toBeVisible();
  // …and the API answers 403 to the operator's own token
  const token = await page.evaluate(() => {
    const key = Object.keys(sessionStorage).find((k) => k.startsWith('oidc.user:'));
    return key
      ? (JSON.parse(sessionStorage.getItem(key) ?? '{}') as { access_token?: string }).access_token
      : '';
  });
  const res = await page.request.get(`${s.gateway}/scheduling/v1/agenda?site=cesena-centro&date=2027-04-06`, {
    headers: { authorization: `Bearer ${token}` },
  });
  expect(res.status()).toBe(403);
});

import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe';
import { signIn } from '../support/sign-in';
import { state } from '../support/state';

const SLUG = 'carta-identita-elettronica';

async function accessToken(page: Page): Promise<string> {
  const token = await page.evaluate(() => {
    const key = Object.keys(sessionStorage).find((k) => k.startsWith('oidc.user:'));
    return key
      ? (JSON.parse(sessionStorage.getItem(key) ?? '{}') as { access_token?: string }).access_token
      : undefined;
  });
  expect(token?.split('.').length).toBe(3);
  return token ?? '';
}

test.describe("a municipality's offerings", () => {
  test("Montiano's tenant admin changes a fee and disables an offering; citizens see it, Cesena's stays out of reach", async ({
    page,
  }) => {
    const s = state();
    await signIn(page, 'tenant-admin-montiano', '/sportello/admin/offerte');
    await expect(page.getByRole('heading', { level: 1, name: 'Procedimenti offerti' })).toBeVisible();
    // only Montiano is offered to edit
    await expect(page.getByLabel('Comune', { exact: true }).locator('option')).toHaveText([
      'Comune di Montiano',
    ]);
    await expectNoAxeViolations(page, 'the offerings list');

    const before = await page.request.get(`${s.gateway}/catalogue/v1/services/${SLUG}?tenant=montiano`);
    const title = ((await before.json()) as { title: string }).title;
    const original = await page.request.get(`${s.gateway}/catalogue/v1/services/${SLUG}`);
    const offering = ((await original.json()) as { offerings: Record<string, unknown>[] }).offerings.find(
      (o) => o['tenant'] === 'montiano',
    );
    expect(offering, "Montiano's seeded CIE offering").toBeTruthy();
    await page.getByLabel('Cerca un procedimento').fill('carta');
    const edit = page.getByRole('button', { name: `Modifica “${title}”` });
    // keyboard only: focus the button and press Enter
    await edit.focus();
    await page.keyboard.press('Enter');
    const fee = page.getByLabel('Costo per il cittadino');
    await expect(fee).toBeVisible();
    await expectNoAxeViolations(page, 'the offering form');

    // a broken fee is refused, tied to the field
    await fee.fill('dodici');
    await page.getByRole('button', { name: 'Salva l’offerta' }).click();
    await expect(fee).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText('Scrivi il costo in euro, per esempio 12,50.')).toBeVisible();
    await expectNoAxeViolations(page, 'the offering form with an error');

    await fee.fill('12,50');
    const enabled = page.getByLabel('Il comune offre questo procedimento');
    await expect(enabled).toBeChecked();
    // keyboard only: Space toggles the checkbox
    await enabled.focus();
    await page.keyboard.press('Space');
    await expect(enabled).not.toBeChecked();
    await page.getByRole('button', { name: 'Salva l’offerta' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByText('Offerta salvata: i cittadini la vedono già.')).toBeVisible();
    await expectNoAxeViolations(page, 'the offering saved');

    // the citizens' catalogue shows it at once
    const after = await page.request.get(`${s.gateway}/catalogue/v1/services/${SLUG}`);
    const card = (await after.json()) as {
      offerings: { tenant: string; enabled: boolean; feeCents: number }[];
    };
    expect(card.offerings.find((o) => o.tenant === 'montiano')).toMatchObject({
      enabled: false,
      feeCents: 1250,
    });

    // Cesena's offering, forced through the API with Montiano's token, is refused
    const forced = await page.request.put(`${s.gateway}/catalogue/v1/tenants/cesena/offerings/${SLUG}`, {
      headers: { authorization: `Bearer ${await accessToken(page)}` },
      data: { enabled: false, feeCents: 0 },
    });
    expect(forced.status()).toBe(403);

    // the suite shares one platform: Montiano offers CIE again, as seeded, before the next file books it
    const { tenant: _tenant, ...seeded } = offering ?? {};
    const restored = await page.request.put(`${s.gateway}/catalogue/v1/tenants/montiano/offerings/${SLUG}`, {
      headers: { authorization: `Bearer ${await accessToken(page)}` },
      data: Object.fromEntries(Object.entries(seeded).filter(([, v]) => v !== undefined && v !== null)),
    });
    expect(restored.status(), await restored.text()).toBeLessThan(300);
    await expect
      .poll(
        async () =>
          (
            await page.request.get(`${s.gateway}/scheduling/v1/sites?tenant=montiano&service=${SLUG}`)
          ).status(),
        { timeout: 15000 },
      )
      .toBe(200);
  });

  test("the sites page shows Montiano's week and refuses an end before the start", async ({ page }) => {
    await signIn(page, 'tenant-admin-montiano', '/sportello/admin/sedi');
    await expect(page.getByRole('heading', { level: 1, name: 'Sedi e orari' })).toBeVisible();
    await expect(page.getByRole('group', { name: 'Lunedì' })).toBeVisible();
    await expectNoAxeViolations(page, 'the sites page');
    await page.getByRole('button', { name: 'Aggiungi una fascia a Domenica' }).click();
    const sunday = page.getByRole('group', { name: 'Domenica' });
    await sunday.getByLabel('Dalle', { exact: true }).fill('12:00');
    await sunday.getByLabel('Alle', { exact: true }).fill('09:00');
    await page.getByRole('button', { name: 'Salva l’orario' }).click();
    await expect(sunday.getByText('La fine deve venire dopo l’inizio.')).toBeVisible();
    await expect(sunday.getByLabel('Dalle', { exact: true })).toHaveAttribute('aria-invalid', 'true');
    await expectNoAxeViolations(page, 'the week with an error');
  });
});

import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe';
import { signIn } from '../support/sign-in';

test.describe('the administration section', () => {
  test("the Union admin reaches every municipality's offerings from the side navigation", async ({
    page,
  }) => {
    await signIn(page, 'union-admin', '/sportello/admin');
    await expect(page.getByRole('heading', { level: 1, name: 'Amministrazione del comune' })).toBeVisible();
    const nav = page.getByRole('navigation', { name: 'Sezioni dell’amministrazione' });
    for (const name of [
      'Procedimenti offerti',
      'Sedi e orari',
      'Modelli dei messaggi',
      'Catalogo',
      'Calendario condiviso',
      'Statistiche',
      'Facilitazione',
    ])
      await expect(nav.getByRole('link', { name })).toBeVisible();
    await expectNoAxeViolations(page, 'the administration home');
    await nav.getByRole('link', { name: 'Procedimenti offerti' }).click();
    const options = page.getByLabel('Comune', { exact: true }).locator('option');
    await expect(options).toContainText(['Comune di Cesena', 'Comune di Montiano']);
    expect(await options.count()).toBeGreaterThan(2);
    expect((await options.allTextContents()).filter((name) => name.includes('Unione'))).toEqual([]);
  });

  test("Montiano's message log lists its messages with their status, filterable", async ({ page }) => {
    await signIn(page, 'tenant-admin-montiano', '/sportello/admin/messaggi');
    await expect(page.getByRole('heading', { level: 1, name: 'Registro dei messaggi' })).toBeVisible();
    await expect(
      page.getByText('Nessun messaggio con questi criteri.').or(page.getByRole('table')),
    ).toBeVisible();
    await expectNoAxeViolations(page, 'the message log');
    await page.getByLabel('Stato', { exact: true }).selectOption('failed');
    await expect(
      page.getByText('Nessun messaggio con questi criteri.').or(page.getByRole('table')),
    ).toBeVisible();
    await expectNoAxeViolations(page, 'the message log filtered');
  });
});

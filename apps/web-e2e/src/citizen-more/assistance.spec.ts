import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe';
import { state } from '../support/state';
import { expectNoHorizontalScroll, switchToEnglish } from './api';

test.use({ viewport: { width: 320, height: 800 } });

test.describe('SPID, CIE, digital domicile help at /assistenza', () => {
  const s = state();

  test('the topic and what the citizen has yield the checklist with what is missing, then the desk booking', async ({
    page,
  }) => {
    await page.goto(`${s.gateway}/assistenza`);
    await expect(
      page.getByRole('heading', { level: 1, name: 'Assistenza SPID, CIE, domicilio digitale' }),
    ).toBeVisible();
    await expect(page.getByText('Nessuno ti chiederà mai password, PIN')).toBeVisible();
    await expectNoAxeViolations(page, 'assistance start');

    await page.getByRole('button', { name: 'Prepara la lista di cosa portare' }).click();
    await expect(page.getByLabel('Il tuo comune')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByLabel('Il tuo comune')).toBeFocused();
    await expectNoAxeViolations(page, 'assistance errors');

    await page.getByLabel('Il tuo comune').selectOption('montiano');
    await page.getByLabel('Argomento').selectOption('spid-activation');
    // Bootstrap Italia draws the box on the label: the citizen clicks the label
    await page.locator('label[for="assist-has-id-document"]').click();
    await page.locator('label[for="assist-has-health-card"]').click();
    await expect(page.getByLabel(/Tessera sanitaria valida/)).toBeChecked();
    await page.getByLabel('Nome', { exact: true }).fill('Anna');
    await page.getByLabel('Cognome').fill('Verdi');
    await page.getByLabel('Anno di nascita (facoltativo)').fill('1958');
    // never a credential field
    await expect(page.locator('input[type="password"]')).toHaveCount(0);
    await expect(page.getByLabel(/password|PIN|OTP/i)).toHaveCount(0);
    await expectNoAxeViolations(page, 'assistance filled');
    await expectNoHorizontalScroll(page, 'assistance filled');
    await page.getByRole('button', { name: 'Prepara la lista di cosa portare' }).click();

    await expect(page.getByRole('heading', { level: 2, name: 'Che cosa portare' })).toBeVisible();
    await expect(page.getByText(/Codice pratica [0-9A-Z]{4}-[0-9A-Z]{4}/)).toBeVisible();
    const missing = page.getByTestId('checklist-missing');
    await expect(missing).toContainText('Indirizzo email personale');
    await expect(missing).toContainText('Numero di cellulare personale');
    await expect(missing).not.toContainText('Tessera sanitaria');
    await expect(page.getByTestId('checklist-have')).toContainText('Tessera sanitaria');
    const book = page.getByRole('link', { name: 'Prenota lo sportello Digitale Facile' });
    await expect(book).toHaveAttribute(
      'href',
      /^\/prenota\?servizio=attivazione-spid-lepidaid&comune=montiano&pratica=[0-9A-Z]{4}-[0-9A-Z]{4}$/,
    );
    await expect(page.getByRole('link', { name: 'Partecipa a un incontro di gruppo' })).toHaveAttribute(
      'href',
      '/incontri',
    );
    await expectNoAxeViolations(page, 'assistance checklist');
    await expectNoHorizontalScroll(page, 'assistance checklist');

    await switchToEnglish(page);
    await expect(
      page.getByRole('heading', { level: 1, name: 'Help with SPID, CIE, digital domicile' }),
    ).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'What to bring' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Book the Digitale Facile desk' })).toBeVisible();
    await expectNoAxeViolations(page, 'assistance checklist, English');
  });
});

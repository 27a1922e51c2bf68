import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe';
import { state } from '../support/state';
import {
  fiscalCode,
  pick,
  fillApplicant,
  mailsTo,
  showDay,
  sitesFor,
  slotsAt,
  timeOf,
  uniqueEmail,
  waitForMail,
  SERVICE,
} from './booking-support';

test.describe.configure({ timeout: 180_000 });

test('a Montiano citizen books CIE at the Cesena desk in five steps, then manages it from the e-mail link', async ({
  page,
  request,
}) => {
  const sites = await sitesFor(request);
  const cesena = sites.find((s) => s.id === 'cesena-centro');
  expect(cesena, 'cesena-centro serves CIE for Montiano').toBeDefined();
  const [first, second] = await slotsAt(request, 'cesena-centro');
  expect(first && second).toBeTruthy();
  const email = uniqueEmail('book');

  await page.goto(`${state().gateway}/prenota?servizio=${SERVICE}&comune=montiano`);
  await expect(page.getByRole('heading', { level: 1, name: 'Prenota appuntamento' })).toBeVisible();
  await expect(page.locator('.steppers-index')).toHaveText('1/5');
  // preselected from the card's link; every site of the network that serves it
  await expect(page.getByLabel('Il suo comune')).toHaveValue('montiano');
  await expect(page.getByLabel('Servizio')).toHaveValue(SERVICE);
  const siteRadio = page.getByRole('radio', { name: cesena?.name ?? '' });
  await expect(siteRadio).toBeVisible();
  await expect(page.getByText('Orari di apertura').first()).toBeVisible();
  await expectNoAxeViolations(page, 'step 1 Luogo');
  // Next without a site: told, tied to nothing lost
  await page.getByRole('button', { name: 'Avanti' }).click();
  await expect(page.getByRole('alert')).toContainText('Scelga uno sportello');
  await expectNoAxeViolations(page, 'step 1 with its error');
  await pick(page, cesena?.name ?? '');
  await page.getByRole('button', { name: 'Avanti' }).click();

  await expect(page.locator('.steppers-index')).toHaveText('2/5');
  await showDay(page, first?.start ?? '');
  await pick(page, new RegExp(`, ${timeOf(first?.start ?? '')}$`));
  await expect(page.getByTestId('hold-expiry')).toContainText('Orario tenuto per lei fino alle');
  await expectNoAxeViolations(page, 'step 2 Data e orario with a hold');
  await page.getByRole('button', { name: 'Avanti' }).click();

  await expect(page.locator('.steppers-index')).toHaveText('3/5');
  await expect(page.getByLabel(/Aggiungi un secondo servizio/)).toBeVisible();
  await expectNoAxeViolations(page, 'step 3 Dettagli');
  await page.getByRole('button', { name: 'Avanti' }).click();

  await expect(page.locator('.steppers-index')).toHaveText('4/5');
  await page.getByRole('button', { name: 'Avanti' }).click();
  await expect(page.getByLabel('Nome', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page, 'step 4 with its errors');
  const cf = fiscalCode();
  await fillApplicant(page, { email, cf: cf.slice(0, 15) + (cf.endsWith('A') ? 'B' : 'A') });
  await expect(page.getByText('Il codice fiscale non è corretto')).toBeVisible();
  await page.getByLabel('Codice fiscale').fill(cf);
  await expect(page.getByText('Il codice fiscale non è corretto')).toHaveCount(0);
  // a reload loses nothing
  await page.reload();
  await expect(page.getByLabel('E-mail')).toHaveValue(email);
  await expectNoAxeViolations(page, 'step 4 Richiedente filled');
  await page.getByRole('button', { name: 'Avanti' }).click();

  await expect(page.locator('.steppers-index')).toHaveText('5/5');
  await expect(page.getByText(cf)).toBeVisible();
  await page.getByRole('button', { name: 'Prenota', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('informativa');
  await expectNoAxeViolations(page, 'step 5 Riepilogo without consent');
  await page.locator('label[for="booking-privacy"]').click();
  await expect(page.getByLabel('Ho letto l’informativa sulla privacy')).toBeChecked();
  await page.getByRole('button', { name: 'Prenota', exact: true }).click();

  await expect(page.getByRole('heading', { name: 'Prenotazione effettuata' })).toBeVisible();
  const code = (await page.getByTestId('booking-code').textContent())?.trim() ?? '';
  expect(code).not.toBe('');
  await expect(page.getByText(`Le abbiamo inviato la conferma a: ${email}`)).toBeVisible();
  await expect(page.getByRole('link', { name: /Apri la mappa/ })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Aggiungi al calendario' })).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Aggiungi al calendario' }).click();
  expect((await download).suggestedFilename()).toBe(`appuntamento-${code}.ics`);
  await expectNoAxeViolations(page, 'Conferma');

  // the confirmation e-mail carries the manage link, its token in the fragment
  const mail = await waitForMail(request, email, `Appuntamento confermato ${code}`);
  const link = /http:\/\/\S+\/prenotazioni\/gestisci#\S+/.exec(mail.text)?.[0] ?? '';
  expect(link).toContain(`#${code}.`);
  expect(new URL(link).search).toBe('');

  const requests: string[] = [];
  page.on('request', (r) => requests.push(`${r.url()} ${r.headers()['referer'] ?? ''}`));
  await page.goto(link);
  await expect(page.getByRole('heading', { level: 1, name: 'Gestisci prenotazione' })).toBeVisible();
  await expect(page.getByTestId('booking-code')).toHaveText(code);
  await expect(page.getByTestId('booking-status')).toHaveText('confermata');
  await expect(page.locator('meta[name="referrer"]')).toHaveAttribute('content', 'no-referrer');
  await expectNoAxeViolations(page, 'Gestisci prenotazione');

  await page.getByRole('button', { name: 'Sposta' }).click();
  await showDay(page, second?.start ?? '');
  await pick(page, new RegExp(`, ${timeOf(second?.start ?? '')}$`));
  await expectNoAxeViolations(page, 'reschedule slot list');
  await page.getByRole('button', { name: /Sposta a questo orario/ }).click();
  await expect(page.getByText('Appuntamento spostato')).toBeVisible();
  await expect(page.getByTestId('booking-when')).toContainText(timeOf(second?.start ?? ''));
  await waitForMail(request, email, `Appuntamento spostato ${code}`);
  const moved = (await mailsTo(request, email)).find((m) => m.subject.includes('spostato'));
  expect(moved?.text).toContain('/prenotazioni/gestisci#');

  await page.getByRole('button', { name: 'Annulla l’appuntamento' }).click();
  const dialog = page.getByRole('dialog', { name: 'Annullare l’appuntamento?' });
  await expect(dialog).toBeVisible();
  await expectNoAxeViolations(page, 'cancel dialog');
  await dialog.getByRole('button', { name: 'Sì, annulla' }).click();
  await expect(page.getByTestId('booking-status')).toHaveText('annullata');
  await expect(page.getByText('Appuntamento annullato.')).toBeVisible();
  await expectNoAxeViolations(page, 'cancelled booking');
  // the token never left the fragment: no request carried it in its address or Referer
  const token = link.split('.').pop() ?? '';
  expect(requests.filter((r) => r.includes(token))).toEqual([]);
});

import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe';
import { state } from '../support/state';
import { createSession, expectNoHorizontalScroll, registerByApi, switchToEnglish } from './api';

test.use({ viewport: { width: 320, height: 800 } });

test.describe('group sessions at /incontri', () => {
  const s = state();

  test('a full session puts the registration on the waiting list with its position, promoted when a seat frees', async ({
    page,
    request,
  }) => {
    const title = `Usare lo SPID ${Date.now()}`;
    const session = await createSession(request, title, 1);
    const first = await registerByApi(request, session.id, `first-${Date.now()}@example.org`);
    expect(first.status).toBe('registered');

    await page.goto(`${s.gateway}/incontri?sede=cesena-montefiore`);
    await expect(page.getByRole('heading', { level: 1, name: 'Incontri di gruppo' })).toBeVisible();
    const card = page.getByRole('article', { name: title });
    await expect(card).toContainText('Completo: puoi iscriverti alla lista d’attesa');
    await expectNoAxeViolations(page, 'sessions list');
    await expectNoHorizontalScroll(page, 'sessions list');

    await card.getByRole('link', { name: `Lista d’attesa per «${title}»` }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Iscrizione all’incontro' })).toBeVisible();
    await expect(page.getByText('I posti sono esauriti')).toBeVisible();

    // nothing typed: the errors are tied to their fields
    await page.getByRole('button', { name: 'Iscriviti alla lista d’attesa' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Controlla i dati inseriti' })).toBeVisible();
    const firstName = page.getByLabel('Nome', { exact: true });
    await expect(firstName).toHaveAttribute('aria-invalid', 'true');
    await expect(firstName).toBeFocused();
    await expect(page.getByLabel('Codice fiscale')).toHaveAccessibleDescription(
      /Indica il codice fiscale oppure l’e-mail/,
    );
    await expectNoAxeViolations(page, 'registration form with errors');

    await firstName.fill('Maria');
    await page.getByLabel('Cognome').fill('Rossi');
    await page.getByLabel('Codice fiscale').fill('RSSMRA85T10A562S');
    await page.getByLabel('E-mail').fill(`maria-${Date.now()}@example.org`);
    await page.getByRole('button', { name: 'Iscriviti alla lista d’attesa' }).click();
    const done = page.getByRole('status').filter({ hasText: 'Sei in lista d’attesa, in posizione 1' });
    await expect(done).toBeVisible();
    await expectNoAxeViolations(page, 'waiting list confirmation');
    await expectNoHorizontalScroll(page, 'waiting list confirmation');

    const manage = page.getByRole('link', { name: 'Gestisci o annulla l’iscrizione' });
    const href = (await manage.getAttribute('href')) ?? '';
    expect(href).toMatch(
      /^\/incontri\/[0-9a-f-]+\/iscrizione\/[0-9A-Za-z]{4}-[0-9A-Za-z]{4}#[A-Za-z0-9_%-]+$/,
    );
    expect(href).not.toContain('?');
    await manage.click();
    await expect(page.getByTestId('registration-status')).toHaveText('In lista d’attesa (posizione 1)');
    await expect(page.locator('meta[name="referrer"]')).toHaveAttribute('content', 'no-referrer');
    await expectNoAxeViolations(page, 'registration on the waiting list');

    // the first person cancels: the seat goes to Maria
    const cancel = await request.post(
      `${s.gateway}/scheduling/v1/sessions/${session.id}/registrations/${first.code}/cancel`,
      { headers: { 'x-manage-token': first.manageToken } },
    );
    expect(cancel.status()).toBe(200);
    await page.getByRole('button', { name: 'Aggiorna' }).click();
    await expect(page.getByTestId('registration-status')).toHaveText('Iscritto');

    // and she cancels too, with a confirmation
    await page.getByRole('button', { name: 'Annulla l’iscrizione' }).click();
    await expect(page.getByRole('alertdialog')).toBeVisible();
    await expectNoAxeViolations(page, 'cancel confirmation');
    await page.getByRole('button', { name: 'Sì, annulla' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Iscrizione annullata.' })).toBeVisible();
    await expect(page.getByTestId('registration-status')).toHaveText('Annullata');
    await expectNoAxeViolations(page, 'registration cancelled');
  });

  test('the sessions page in English', async ({ page, request }) => {
    const title = `Open session ${Date.now()}`;
    await createSession(request, title, 5);
    await page.goto(`${s.gateway}/incontri`);
    await expect(page.getByRole('article', { name: title })).toContainText('5 posti liberi su 5');
    await switchToEnglish(page);
    await expect(page.getByRole('heading', { level: 1, name: 'Group sessions' })).toBeVisible();
    await expect(page.getByRole('article', { name: title })).toContainText('5 seats left of 5');
    await expect(page.getByRole('link', { name: `Register for “${title}”` })).toBeVisible();
    await expectNoAxeViolations(page, 'sessions list, English');
  });
});

import { expect, test } from '@playwright/test';
import { createSession, registerByApi, romeDay, staff } from '../citizen-more/api';
import { expectNoAxeViolations } from '../support/axe';
import { state } from '../support/state';
import { asUnionAdmin, consoleUrl } from './union-admin';

test.describe('the shared calendar', () => {
  test('a rotation created by keyboard appears in the month view on its days', async ({ page }) => {
    await asUnionAdmin(page);
    await page.goto(consoleUrl('/admin/unione/calendario'));
    await expect(page.getByRole('heading', { level: 1, name: 'Calendario condiviso' })).toBeVisible();
    await expect(page.getByRole('table', { name: /Presenze della squadra/ })).toBeVisible();
    await expectNoAxeViolations(page, 'the shared calendar');

    const now = new Date();
    const next = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1));
    const month = next.toISOString().slice(0, 7);
    const id = `e2e-sabato-${Date.now().toString(36)}`;
    await page.getByLabel('Codice della rotazione').fill(id);
    await page.locator('#rotation-site').selectOption({ index: 1 });
    await page.getByLabel('Giorno della settimana').selectOption('SA');
    await expect(page.getByLabel('Regola (RRULE)')).toHaveValue('FREQ=WEEKLY;BYDAY=SA');
    await page.getByLabel('Dalle').fill('07:00');
    await page.getByLabel('Alle', { exact: true }).fill('08:00');
    await page.getByLabel('A partire dal').fill(`${month}-01`);
    await page.getByLabel('Postazioni occupate').focus();
    await page.keyboard.press('Enter');
    await expect(page.getByText(`Rotazione «${id}» creata`, { exact: false })).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`mese=${month}`));

    // every Saturday of that month shows it, and no other day does
    const grid = page.getByRole('table', { name: /Presenze della squadra/ });
    // the month shown follows the rotation's start: wait for its presences before counting its Saturdays
    await expect(grid.locator('td[data-day]', { hasText: id }).first()).toBeVisible();
    const saturdays = await grid.locator('tbody tr td:nth-child(6)[data-day]').count();
    expect(saturdays).toBeGreaterThanOrEqual(4);
    await expect(grid.locator('td[data-day]', { hasText: id })).toHaveCount(saturdays);
    await expect(grid.locator('tbody tr td:nth-child(6)[data-day]', { hasText: id })).toHaveCount(saturdays);
    await expect(grid.locator('td[data-day]', { hasText: id }).first()).toContainText('07:00–08:00');
    await expectNoAxeViolations(page, 'the month with the new rotation');
  });

  test('a rotation is changed from the form: the month shows its new hours', async ({ page }) => {
    await asUnionAdmin(page);
    const now = new Date();
    const month = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1))
      .toISOString()
      .slice(0, 7);
    await page.goto(consoleUrl(`/admin/unione/calendario?mese=${month}`));
    const tag = Date.now().toString(36);
    const id = `e2e-cambio-${tag}`;
    // a resource of its own, so the test never clashes with the team's real rotations
    await page.getByLabel('Risorsa').fill(`e2e-risorsa-${tag}`);
    await page.getByLabel('Codice della rotazione').fill(id);
    await page.locator('#rotation-site').selectOption({ index: 1 });
    await page.getByLabel('Giorno della settimana').selectOption('SA');
    await page.getByLabel('Dalle').fill('06:00');
    await page.getByLabel('Alle', { exact: true }).fill('06:30');
    await page.getByLabel('A partire dal').fill(`${month}-01`);
    await page.getByLabel('Postazioni occupate').press('Enter');
    await expect(page.getByText(`Rotazione «${id}» creata`, { exact: false })).toBeVisible();
    const grid = page.getByRole('table', { name: /Presenze della squadra/ });
    await expect(grid.locator('td[data-day]', { hasText: id }).first()).toContainText('06:00–06:30');
    const saturdays = await grid.locator('td[data-day]', { hasText: id }).count();

    // choose it, change its hours by keyboard
    await page.getByLabel('Rotazione', { exact: true }).selectOption(id);
    await expect(page.getByRole('heading', { name: `Modifica la rotazione «${id}»` })).toBeVisible();
    await expect(page.getByLabel('Codice della rotazione')).toHaveAttribute('readonly', '');
    await expect(page.getByLabel('Dalle')).toHaveValue('06:00');
    await expectNoAxeViolations(page, 'a rotation being changed');
    await page.getByLabel('Dalle').fill('05:00');
    await page.getByLabel('Alle', { exact: true }).fill('05:30');
    await page.getByRole('button', { name: 'Salva le modifiche' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByText(`Rotazione «${id}» modificata`, { exact: false })).toBeVisible();
    await expect(grid.locator('td[data-day]', { hasText: id }).first()).toContainText('05:00–05:30');
    await expect(grid.locator('td[data-day]', { hasText: id })).toHaveCount(saturdays);
    await expect(
      grid.locator('td[data-day]', { hasText: '06:00–06:30' }).filter({ hasText: id }),
    ).toHaveCount(0);
    await expectNoAxeViolations(page, 'the month with the changed rotation');
  });

  test('a group session created appears with its seats, registrations and waiting list', async ({ page }) => {
    await asUnionAdmin(page);
    const now = new Date();
    const next = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 10));
    const month = next.toISOString().slice(0, 7);
    await page.goto(consoleUrl(`/admin/unione/calendario?mese=${month}`));
    const title = `Usare lo SPID ${Date.now().toString(36)}`;
    // an empty form first: the errors are announced and tied to their fields
    await page.getByRole('button', { name: "Crea l'incontro" }).click();
    await expect(page.getByLabel('Titolo', { exact: true })).toHaveAttribute('aria-invalid', 'true');
    await expectNoAxeViolations(page, 'the session form with its errors');
    await page.getByLabel('Titolo', { exact: true }).fill(title);
    await page.locator('#session-site').selectOption({ index: 1 });
    await page.getByLabel('Giorno', { exact: true }).fill(next.toISOString().slice(0, 10));
    await page.getByLabel('Posti disponibili').fill('8');
    await page.getByLabel('Posti disponibili').press('Enter');
    await expect(page.getByText(`Incontro «${title}» creato.`)).toBeVisible();
    const row = page
      .getByRole('table', { name: /Incontri di gruppo/ })
      .getByRole('row', { name: new RegExp(title) });
    await expect(row).toContainText('8');
    await expect(row.getByRole('cell').nth(3)).toHaveText('0');
    await expect(row.getByRole('cell').nth(4)).toHaveText('0');
    await expectNoAxeViolations(page, 'the calendar with a new session');
  });

  test("a session's registrations and waiting list are listed in order", async ({ page, request }) => {
    const title = `Lista d'attesa ${Date.now().toString(36)}`;
    const session = await createSession(request, title, 1);
    const tag = Date.now().toString(36);
    const seat = await registerByApi(request, session.id, `seduto-${tag}@example.org`);
    const waiting = await registerByApi(request, session.id, `attesa-${tag}@example.org`);
    expect([seat.status, waiting.status]).toEqual(['registered', 'waitlisted']);
    try {
      await asUnionAdmin(page);
      await page.goto(consoleUrl(`/admin/unione/calendario?mese=${romeDay(1).slice(0, 7)}`));
      const show = page.getByRole('button', { name: `Iscritti e attesa di «${title}»` });
      await show.focus();
      await page.keyboard.press('Enter');
      await expect(show).toHaveAttribute('aria-expanded', 'true');
      const panel = page.getByTestId('session-registrations');
      await expect(panel.getByRole('heading', { name: `Iscrizioni a «${title}»` })).toBeVisible();
      const seated = panel.getByRole('table', { name: '1 iscritto, in ordine di arrivo' });
      await expect(seated).toContainText(seat.code);
      await expect(seated).toContainText(`seduto-${tag}@example.org`);
      const list = panel.getByRole('table', { name: "1 persona in lista d'attesa, in ordine" });
      await expect(list).toContainText(waiting.code);
      await expect(list.getByRole('cell').first()).toHaveText('1');
      await expectNoAxeViolations(page, "a session's registrations");
    } finally {
      // the session goes away for the other specs
      const res = await request.post(`${state().gateway}/scheduling/v1/sessions/${session.id}/cancel`, {
        headers: staff(),
      });
      expect(res.status()).toBe(200);
    }
  });
});

import { expect, test } from '@playwright/test';
import { state } from '../support/state';
import {
  fiscalCode,
  fillApplicant,
  pick,
  romeDay,
  showDay,
  sitesFor,
  slotsAt,
  timeOf,
  uniqueEmail,
  SERVICE,
} from './booking-support';

test.describe.configure({ timeout: 120_000 });

test('a booking opened from the assistance checklist (&pratica=) carries the case to the desk as caseCode', async ({
  page,
  request,
}) => {
  const s = state();
  const centro = (await sitesFor(request)).find((x) => x.id === 'cesena-centro');
  const slots = await slotsAt(request, 'cesena-centro');
  const start = slots[2]?.start ?? '';
  expect(centro && start).toBeTruthy();
  const caseCode = 'K7Q2-XM4P';

  await page.goto(`${s.gateway}/prenota?servizio=${SERVICE}&comune=montiano&pratica=${caseCode}`);
  await pick(page, centro?.name ?? '');
  await page.getByRole('button', { name: 'Avanti' }).click();
  await showDay(page, start);
  await pick(page, new RegExp(`, ${timeOf(start)}$`));
  await expect(page.getByTestId('hold-expiry')).toBeVisible();
  await page.getByRole('button', { name: 'Avanti' }).click();
  await expect(page.locator('.steppers-index')).toHaveText('3/5');
  await page.getByRole('button', { name: 'Avanti' }).click();
  await fillApplicant(page, { email: uniqueEmail('case'), cf: fiscalCode() });
  await page.getByRole('button', { name: 'Avanti' }).click();
  await expect(page.locator('.steppers-index')).toHaveText('5/5');
  await page.locator('label[for="booking-privacy"]').click();
  await page.getByRole('button', { name: 'Prenota', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Prenotazione effettuata' })).toBeVisible();
  const code = (await page.getByTestId('booking-code').textContent())?.trim() ?? '';

  const agenda = await request.get(
    `${s.gateway}/scheduling/v1/agenda?site=cesena-centro&date=${romeDay(start)}`,
    { headers: { authorization: `Bearer ${s.staffToken}` } },
  );
  expect(agenda.ok(), `agenda: ${agenda.status()}`).toBe(true);
  const booked = (
    (await agenda.json()) as { bookings: { code: string; caseCode: string | null }[] }
  ).bookings.find((b) => b.code === code);
  expect(booked?.caseCode).toBe(caseCode);
});

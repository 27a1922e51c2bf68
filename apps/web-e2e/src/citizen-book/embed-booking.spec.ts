import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe';
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

test.describe.configure({ timeout: 180_000 });

test("a citizen books on the municipality's own site through the one-script-tag embed, with a note for the desk", async ({
  page,
  request,
}) => {
  const s = state();
  const centro = (await sitesFor(request, 'cesena')).find((x) => x.id === 'cesena-centro');
  expect(centro, 'cesena-centro serves CIE for Cesena').toBeDefined();
  const slots = await slotsAt(request, 'cesena-centro', 'cesena');
  const slot = slots[0];
  // another time the same day, chosen first and then given up
  const other = slots.find((x) => x.start !== slot?.start && romeDay(x.start) === romeDay(slot?.start ?? ''));
  expect(slot && other).toBeTruthy();
  const start = slot?.start ?? '';
  const otherStart = other?.start ?? '';
  const freeAt = async (at: string) =>
    (await slotsAt(request, 'cesena-centro', 'cesena')).find((x) => x.start === at)?.available ?? 0;
  const otherFree = await freeAt(otherStart);
  const email = uniqueEmail('embed');

  // Cesena's own site (another origin, listed in the tenant's webOrigins) with the one script tag
  await page.goto(s.listedOrigin);
  await page.evaluate((gateway) => {
    const script = document.createElement('script');
    script.src = `${gateway}/embed.js`;
    script.dataset['servizio'] = 'carta-identita-elettronica';
    script.dataset['comune'] = 'cesena';
    document.body.append(script);
  }, s.gateway);
  expect(new URL(page.url()).origin).toBe(s.listedOrigin);
  const frame = page.frameLocator('iframe[data-facile-embed]');

  await expect(frame.locator('.steppers-index')).toHaveText('1/5');
  await expect(frame.getByLabel('Servizio')).toHaveValue(SERVICE);
  await pick(frame, centro?.name ?? '');
  await frame.getByRole('button', { name: 'Avanti' }).click();

  await expect(frame.locator('.steppers-index')).toHaveText('2/5');
  await showDay(frame, start);
  await pick(frame, new RegExp(`, ${timeOf(otherStart)}$`));
  await expect(frame.getByTestId('hold-expiry')).toContainText('Orario tenuto per lei fino alle');
  await expect.poll(() => freeAt(otherStart)).toBe(otherFree - 1);
  // changing one's mind gives the first time back at once (the old hold is released), and holds the new one
  await pick(frame, new RegExp(`, ${timeOf(start)}$`));
  await expect(frame.getByTestId('hold-expiry')).toContainText('Orario tenuto per lei fino alle');
  await expect.poll(() => freeAt(otherStart)).toBe(otherFree);
  await frame.getByRole('button', { name: 'Avanti' }).click();

  // Dettagli: a note with a PIN in it is refused here, tied to its field, before anything is sent
  await expect(frame.locator('.steppers-index')).toHaveText('3/5');
  // the hold's expiry stays in sight while the form is filled
  await expect(frame.getByTestId('hold-expiry-later')).toContainText('Orario tenuto per lei fino alle');
  const note = frame.getByLabel('Nota per lo sportello (facoltativa)');
  await note.fill('il PIN della mia CIE è 12345678');
  await frame.getByRole('button', { name: 'Avanti' }).click();
  await expect(frame.locator('.steppers-index')).toHaveText('3/5');
  await expect(note).toHaveAttribute('aria-invalid', 'true');
  // the focus goes back to the field (inside the frame: Playwright calls a focused element of a frame "inactive")
  await expect.poll(() => note.evaluate((el) => el.ownerDocument.activeElement === el)).toBe(true);
  await expect(frame.getByRole('alert')).toContainText('sembra contenere una password, un PIN');
  await expectNoAxeViolations(page, 'embedded step 3 with a refused note');
  const text = 'Vengo con mia madre, che usa la sedia a rotelle';
  await note.fill(`  ${text}  `);
  await expect(note).not.toHaveAttribute('aria-invalid', 'true');
  await frame.getByRole('button', { name: 'Avanti' }).click();

  await expect(frame.locator('.steppers-index')).toHaveText('4/5');
  await fillApplicant(frame, { email, cf: fiscalCode() });
  await frame.getByRole('button', { name: 'Avanti' }).click();

  await expect(frame.locator('.steppers-index')).toHaveText('5/5');
  await expect(frame.getByText(text)).toBeVisible();
  await frame.locator('label[for="booking-privacy"]').click();
  await frame.getByRole('button', { name: 'Prenota', exact: true }).click();

  await expect(frame.getByRole('heading', { name: 'Prenotazione effettuata' })).toBeVisible();
  const code = (await frame.getByTestId('booking-code').textContent())?.trim() ?? '';
  expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  await expectNoAxeViolations(page, 'embedded Conferma');

  // the desk sees the booking, and the note, trimmed, in its agenda
  const agenda = await request.get(
    `${s.gateway}/scheduling/v1/agenda?site=cesena-centro&date=${romeDay(start)}`,
    { headers: { authorization: `Bearer ${s.staffToken}` } },
  );
  expect(agenda.ok(), `agenda: ${agenda.status()}`).toBe(true);
  const booked = (
    (await agenda.json()) as { bookings: { code: string; note: string | null }[] }
  ).bookings.find((b) => b.code === code);
  expect(booked?.note).toBe(text);
});

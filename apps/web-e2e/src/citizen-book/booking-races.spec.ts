import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe';
import { state } from '../support/state';
import {
  fiscalCode,
  pick,
  fillApplicant,
  mailsTo,
  romeDay,
  showDay,
  sitesFor,
  slotsAt,
  timeOf,
  uniqueEmail,
  waitForMail,
  SERVICE,
} from './booking-support';

async function toSlotStep(page: Page, siteName: string) {
  await page.goto(`${state().gateway}/prenota?servizio=${SERVICE}&comune=montiano`);
  await pick(page, siteName);
  await page.getByRole('button', { name: 'Avanti' }).click();
  await expect(page.locator('.steppers-index')).toHaveText('2/5');
}

async function finish(page: Page, email: string) {
  await page.getByRole('button', { name: 'Avanti' }).click();
  await page.getByRole('button', { name: 'Avanti' }).click();
  await fillApplicant(page, { email, cf: fiscalCode() });
  await page.getByRole('button', { name: 'Avanti' }).click();
  await page.locator('label[for="booking-privacy"]').click();
}

test.describe.configure({ timeout: 180_000 });

test('two citizens race for the last slot of a day: one books, the other is told and offered the next slots', async ({
  browser,
  request,
}) => {
  // a one-counter desk: each of its slots is the last one
  const site = (await sitesFor(request)).find((s) => s.counters === 1);
  expect(site).toBeDefined();
  const slots = await slotsAt(request, site?.id ?? '');
  const day = romeDay(slots[0]?.start ?? '');
  const ofDay = slots.filter((s) => romeDay(s.start) === day);
  // the last of a day that has later slots on the following days to offer
  const last = ofDay[ofDay.length - 1]?.start ?? '';
  const a = await (await browser.newContext()).newPage();
  const b = await (await browser.newContext()).newPage();
  for (const p of [a, b]) {
    await toSlotStep(p, site?.name ?? '');
    await showDay(p, last);
  }
  const radio = (p: Page) => p.getByRole('radio', { name: new RegExp(`, ${timeOf(last)}$`) });
  await pick(a, new RegExp(`, ${timeOf(last)}$`));
  await expect(a.getByTestId('hold-expiry')).toBeVisible();
  await b.locator('label.form-check-label', { hasText: new RegExp(`, ${timeOf(last)}$`) }).click();
  await expect(b.getByRole('alert')).toContainText('appena stato preso');
  const offered = b.getByRole('alert').getByRole('button');
  await expect(offered.first()).toBeVisible();
  await expect(radio(b)).toHaveCount(0);
  await expectNoAxeViolations(b, 'slot taken, next slots offered');

  const email = uniqueEmail('race');
  await finish(a, email);
  await a.getByRole('button', { name: 'Prenota', exact: true }).click();
  await expect(a.getByRole('heading', { name: 'Prenotazione effettuata' })).toBeVisible();

  // the loser takes one of the next free slots
  await offered.first().click();
  await expect(b.getByTestId('hold-expiry')).toBeVisible();
  await a.context().close();
  await b.context().close();
});

test('double-clicking send books once; a lost answer is retried with the same key', async ({
  page,
  request,
}) => {
  const site = (await sitesFor(request)).find((s) => s.id === 'cesena-centro');
  const [, , slot] = await slotsAt(request, 'cesena-centro');
  const email = uniqueEmail('double');
  await toSlotStep(page, site?.name ?? '');
  await showDay(page, slot?.start ?? '');
  await pick(page, new RegExp(`, ${timeOf(slot?.start ?? '')}$`));
  await expect(page.getByTestId('hold-expiry')).toBeVisible();
  await finish(page, email);

  // the first answer is lost on the way back: the booking is made, the page hears nothing
  const keys: string[] = [];
  let lost = false;
  await page.route('**/scheduling/v1/bookings', async (route) => {
    keys.push(route.request().headers()['idempotency-key'] ?? '');
    if (!lost) {
      lost = true;
      await route.fetch();
      return route.abort('connectionreset');
    }
    return route.continue();
  });
  await page.getByRole('button', { name: 'Prenota', exact: true }).dblclick();
  await expect(page.getByRole('alert')).toContainText('Non riusciamo a raggiungere il servizio');
  await expectNoAxeViolations(page, 'network failure on send');
  await page.getByRole('button', { name: 'Riprova' }).dblclick();
  await expect(page.getByRole('heading', { name: 'Prenotazione effettuata' })).toBeVisible();
  expect(new Set(keys).size).toBe(1);
  expect(keys.length).toBeLessThanOrEqual(3);
  const code = (await page.getByTestId('booking-code').textContent())?.trim() ?? '';
  await waitForMail(request, email, code);
  await page.waitForTimeout(1500);
  expect(
    (await mailsTo(request, email)).filter((m) => m.subject.startsWith('Appuntamento confermato')),
  ).toHaveLength(1);
});

test('the whole flow by keyboard alone', async ({ page, request }) => {
  const site = (await sitesFor(request)).find((s) => s.id === 'cesena-centro');
  const slots = await slotsAt(request, 'cesena-centro');
  const email = uniqueEmail('keys');
  await page.goto(`${state().gateway}/prenota?servizio=${SERVICE}&comune=montiano`);

  const tabTo = async (locator: ReturnType<Page['locator']>) => {
    for (let i = 0; i < 80; i++) {
      if (await locator.evaluate((el) => el === document.activeElement)) return;
      await page.keyboard.press('Tab');
    }
    throw new Error('not reachable by Tab');
  };
  await tabTo(page.getByRole('radio').first());
  const siteRadio = page.getByRole('radio', { name: site?.name ?? '' });
  for (let i = 0; i < 10 && !(await siteRadio.isChecked()); i++) await page.keyboard.press('ArrowDown');
  await expect(siteRadio).toBeChecked();
  await tabTo(page.getByRole('button', { name: 'Avanti' }));
  await page.keyboard.press('Enter');
  await expect(page.locator('.steppers-index')).toHaveText('2/5');
  // the day of the first free slot is the one shown first; its first time is the first radio
  const first = slots[0]?.start ?? '';
  if (romeDay(first).slice(0, 7) !== romeDay(new Date()).slice(0, 7)) {
    await tabTo(page.getByRole('button', { name: 'Mese successivo' }));
    await page.keyboard.press('Enter');
  }
  await tabTo(page.getByRole('radio').first());
  await page.keyboard.press('Space');
  await expect(page.getByTestId('hold-expiry')).toBeVisible();
  await tabTo(page.getByRole('button', { name: 'Avanti' }));
  await page.keyboard.press('Enter');
  await tabTo(page.getByRole('button', { name: 'Avanti' }));
  await page.keyboard.press('Enter');
  await expect(page.locator('.steppers-index')).toHaveText('4/5');
  const type = async (label: string, text: string, exact = false) => {
    await tabTo(page.getByLabel(label, { exact }));
    await page.keyboard.type(text);
  };
  await type('Nome', 'Marco', true);
  await type('Cognome', 'Tastiera');
  await type('Codice fiscale', fiscalCode());
  await type('E-mail', email);
  await page.keyboard.press('Enter');
  await expect(page.locator('.steppers-index')).toHaveText('5/5');
  await tabTo(page.getByLabel('Ho letto l’informativa sulla privacy'));
  await page.keyboard.press('Space');
  await tabTo(page.getByRole('button', { name: 'Prenota', exact: true }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Prenotazione effettuata' })).toBeVisible();
  await expectNoAxeViolations(page, 'Conferma reached by keyboard');
});

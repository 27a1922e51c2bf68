import { expect, test } from '@playwright/test';
import { romeDay } from '../citizen-book/booking-support';
import { expectNoAxeViolations } from '../support/axe';
import { signIn } from '../support/sign-in';
import { state } from '../support/state';

const SITE = 'montiano-municipio';
const SERVICE = 'carta-identita-elettronica';

test("a site's settings for a procedure: a shorter horizon takes the later days off the calendar, and back", async ({
  page,
  request,
}) => {
  const s = state();
  const lastSlot = async () => {
    const res = await request.get(`${s.gateway}/scheduling/v1/availability`, {
      params: {
        service: SERVICE,
        tenant: 'montiano',
        site: SITE,
        from: romeDay(new Date()),
        to: romeDay(new Date(Date.now() + 60 * 86_400_000)),
      },
    });
    expect(res.status(), await res.text()).toBe(200);
    const { slots } = (await res.json()) as { slots: { site: string; start: string }[] };
    return (
      slots
        .filter((x) => x.site === SITE)
        .map((x) => x.start)
        .sort()
        .pop() ?? ''
    );
  };
  const before = await lastSlot();
  expect(before, `${SITE} has CIE slots`).not.toBe('');

  await signIn(page, 'tenant-admin-montiano', '/sportello/admin/sedi');
  // the staff bar may show its own 'Sede' (the operator's shift) first: the page's is the last
  await page.getByLabel('Sede', { exact: true }).last().selectOption(SITE);
  await page.getByLabel('Procedimento', { exact: true }).selectOption(SERVICE);
  const horizon = page.getByLabel('Prenotabile fino a (giorni)');
  await expect(horizon).not.toHaveValue('');
  const original = await horizon.inputValue();
  await expectNoAxeViolations(page, "a site's settings for a procedure");

  // more counters than the site has: refused in the form, tied to the field
  const counters = page.getByLabel('Sportelli', { exact: true });
  await counters.fill('5');
  await page.getByRole('button', { name: 'Salva le impostazioni' }).click();
  await expect(counters).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Scrivi un numero da 1 a 1, o lascia vuoto.')).toBeVisible();
  await expectNoAxeViolations(page, 'the settings with an error');
  await counters.fill('');

  await horizon.fill('7');
  await page.getByRole('button', { name: 'Salva le impostazioni' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Impostazioni salvate: valgono subito per le prenotazioni.')).toBeVisible();
  try {
    const limited = await lastSlot();
    expect(Date.parse(limited)).toBeLessThan(Date.now() + 8 * 86_400_000);
  } finally {
    // the shared platform gets its horizon back
    await horizon.fill(original);
    await page.getByRole('button', { name: 'Salva le impostazioni' }).click();
    await expect(page.getByText('Impostazioni salvate: valgono subito per le prenotazioni.')).toBeVisible();
  }
  expect(await lastSlot()).toBe(before);
});

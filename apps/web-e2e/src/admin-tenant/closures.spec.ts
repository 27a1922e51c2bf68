import { expect, test, type APIRequestContext } from '@playwright/test';
import { fiscalCode, romeDay, uniqueEmail, waitForMail } from '../citizen-book/booking-support';
import { expectNoAxeViolations } from '../support/axe';
import { signIn } from '../support/sign-in';
import { state } from '../support/state';

const SITE = 'montiano-municipio';
const QUERY = { service: '', tenant: 'montiano', site: SITE };
/** Procedures Montiano's desk may offer; the first one it does is booked (the seed decides, not this test). */
const CANDIDATES = ['dichiarazione-residenza', 'cambio-abitazione', 'carta-identita-elettronica'];

async function chooseService(request: APIRequestContext): Promise<void> {
  for (const service of CANDIDATES) {
    const res = await request.get(`${state().gateway}/scheduling/v1/sites`, {
      params: { tenant: 'montiano', service },
    });
    if (!res.ok()) continue;
    const { items } = (await res.json()) as { items: { id: string }[] };
    if (items.some((x) => x.id === SITE)) {
      QUERY.service = service;
      return;
    }
  }
  throw new Error(`${SITE} offers none of ${CANDIDATES.join(', ')}`);
}

interface Slot {
  site: string;
  start: string;
  available: number;
}

async function slotsOn(request: APIRequestContext, from: string, to: string): Promise<Slot[]> {
  const res = await request.get(`${state().gateway}/scheduling/v1/availability`, {
    params: { ...QUERY, from, to },
  });
  expect(res.status(), await res.text()).toBe(200);
  return ((await res.json()) as { slots: Slot[] }).slots.filter((s) => s.site === SITE && s.available > 0);
}

interface Booked {
  code: string;
  manageToken: string;
  email: string;
}

async function book(request: APIRequestContext, start: string, n: number): Promise<Booked> {
  const email = uniqueEmail(`chiusura-${n}`);
  const res = await request.post(`${state().gateway}/scheduling/v1/bookings`, {
    data: {
      ...QUERY,
      start,
      citizen: { firstName: 'Giulia', lastName: `Chiusura ${n}`, fiscalCode: fiscalCode(), email },
    },
  });
  expect(res.status(), await res.text()).toBe(201);
  const body = (await res.json()) as { code: string; manageToken: string };
  return { ...body, email };
}

test.describe("a site's closures", () => {
  const booked: Booked[] = [];
  test.afterAll(async ({ request }) => {
    // the shared platform gets its slots back: the test's bookings are cancelled
    for (const b of booked) {
      const res = await request.post(`${state().gateway}/scheduling/v1/bookings/${b.code}/cancel`, {
        headers: { 'X-Manage-Token': b.manageToken },
      });
      expect(res.status()).toBe(200);
    }
  });

  test('a closure on a day with bookings lists them before saving; then each citizen is told and the day has no slots', async ({
    page,
    request,
  }) => {
    await chooseService(request);
    // the last day in the next seven weeks with two free slots (far from the days other specs book)
    const from = romeDay(new Date(Date.now() + 86_400_000));
    const to = romeDay(new Date(Date.now() + 49 * 86_400_000));
    const slots = await slotsOn(request, from, to);
    const byDay = new Map<string, Slot[]>();
    for (const s of slots) byDay.set(romeDay(s.start), [...(byDay.get(romeDay(s.start)) ?? []), s]);
    const day = [...byDay.keys()]
      .filter((d) => (byDay.get(d) ?? []).length >= 2)
      .sort()
      .pop();
    expect(day, 'a day with two free slots at Montiano').toBeTruthy();
    const [a, b] = (byDay.get(day as string) ?? []) as [Slot, Slot];
    booked.push(await book(request, a.start, 1), await book(request, b.start, 2));

    await signIn(page, 'tenant-admin-montiano', '/sportello/admin/sedi');
    // the staff bar may show its own 'Sede' (the operator's shift) first: the page's is the last
    await page.getByLabel('Sede', { exact: true }).last().selectOption(SITE);
    await expect(page.getByRole('heading', { name: 'Chiusure e orari speciali' })).toBeVisible();
    await expectNoAxeViolations(page, 'the closures of a site');

    // a day already gone is refused in the form
    const date = page.getByLabel('Giorno', { exact: true });
    await date.fill('2020-01-07');
    await page.getByRole('button', { name: 'Verifica le prenotazioni coinvolte' }).click();
    await expect(page.getByText('Il giorno è già passato')).toBeVisible();
    await expect(date).toHaveAttribute('aria-invalid', 'true');

    await date.fill(day as string);
    await page.getByLabel('Motivo').fill('inventario');
    // keyboard only: the check button by Enter
    await page.getByRole('button', { name: 'Verifica le prenotazioni coinvolte' }).focus();
    await page.keyboard.press('Enter');
    const affected = page.getByTestId('affected-bookings');
    await expect(affected).toBeVisible();
    await expect(affected.locator('tbody tr')).toHaveCount(2);
    for (const x of booked) await expect(affected).toContainText(x.code);
    await expect(page.getByText('Salvando, ognuno dei 2 cittadini riceverà un messaggio')).toBeVisible();
    await expectNoAxeViolations(page, 'the bookings a closure affects');
    // nothing saved yet: the day is still bookable
    expect((await slotsOn(request, day as string, day as string)).length).toBeGreaterThan(0);

    await page.getByRole('button', { name: 'Conferma e salva la chiusura' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByText('Chiusura salvata. 2 cittadini vengono avvisati.')).toBeVisible();
    const row = page.getByRole('row').filter({ hasText: 'inventario' });
    await expect(row).toContainText('Chiuso tutto il giorno');
    await expectNoAxeViolations(page, 'the closure saved');

    for (const x of booked) {
      const mail = await waitForMail(
        request,
        x.email,
        `Sede chiusa il giorno del suo appuntamento ${x.code}`,
      );
      expect(mail.text).toContain('inventario');
    }
    expect(await slotsOn(request, day as string, day as string)).toEqual([]);

    // removing the closure restores the weekly hours
    await row.getByRole('button', { name: /Togli la chiusura/ }).click();
    await expect(page.getByText('Chiusura tolta: vale di nuovo l’orario settimanale.')).toBeVisible();
    await expect(page.getByRole('row').filter({ hasText: 'inventario' })).toHaveCount(0);
    await expect
      .poll(async () => (await slotsOn(request, day as string, day as string)).length)
      .toBeGreaterThan(0);
  });
});

import { expect, test, type APIRequestContext, type BrowserContext, type Page } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe';
import { signedInContext } from '../support/sign-in';
import { state } from '../support/state';
import { bookFirstSlot } from './fixtures';

/** A booking's status as the API has it (the site's agenda, read with a staff token). */
async function statusInApi(request: APIRequestContext, code: string, date: string): Promise<string> {
  const s = state();
  const res = await request.get(`${s.gateway}/scheduling/v1/agenda`, {
    params: { site: 'cesena-centro', date },
    headers: { authorization: `Bearer ${s.staffToken}` },
  });
  expect(res.status(), await res.text()).toBe(200);
  const { bookings } = (await res.json()) as { bookings: { code: string; status: string }[] };
  return bookings.find((b) => b.code === code)?.status ?? 'missing';
}

test.describe.serial('the day agenda', () => {
  let context: BrowserContext;
  let page: Page;

  test.beforeAll(async ({ browser }) => {
    ({ context, page } = await signedInContext(browser, 'operator-cesena-centro'));
    await page.getByRole('button', { name: 'Inizia il turno' }).click();
    await expect(page.getByTestId('staff-shift')).toContainText('Sportello FACILE Cesena');
  });
  test.afterAll(async () => context?.close());

  test("a Montiano citizen's booking at Cesena shows in the agenda, is checked in and completed", async ({
    request,
  }) => {
    const booked = await bookFirstSlot(request, {
      tenant: 'montiano',
      site: 'cesena-centro',
      n: 101,
      lastName: 'Verdi',
    });
    await page.goto(`${state().gateway}/sportello/agenda?data=${booked.date}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Agenda del giorno' })).toBeVisible();
    const row = page.getByTestId(`booking-${booked.code}`);
    await expect(row).toContainText('Giulia Verdi');
    await expect(row).toContainText('Comune di Montiano');
    await expect(row).toContainText("Carta d'identità elettronica");
    await expect(row).toContainText('Prenotato');
    await expectNoAxeViolations(page, 'the agenda with a booking');
    await row.getByRole('button', { name: `Registra arrivo di ${booked.code}` }).click();
    await expect(row).toContainText('Arrivato');
    await expectNoAxeViolations(page, 'the agenda after check-in');
    await row.getByRole('button', { name: `Concludi ${booked.code}` }).click();
    await expect(row).toContainText('Concluso');
    await expect(row.getByRole('button')).toHaveCount(0);
    // the status filter keeps only what it names
    await page.getByLabel('Stato').selectOption('booked');
    await expect(row).toHaveCount(0);
    await expectNoAxeViolations(page, 'the agenda filtered');
  });

  test('a no-show can be undone in its grace window (nothing sent); a check-in left alone goes through', async ({
    request,
  }) => {
    const first = await bookFirstSlot(request, {
      tenant: 'cesena',
      site: 'cesena-centro',
      n: 102,
      lastName: 'Neri',
    });
    const second = await bookFirstSlot(request, {
      tenant: 'cesena',
      site: 'cesena-centro',
      n: 103,
      lastName: 'Gialli',
    });
    await page.goto(`${state().gateway}/sportello/agenda?data=${first.date}`);
    const row = page.getByTestId(`booking-${first.code}`);
    await expect(row).toContainText('Prenotato');

    await row.getByRole('button', { name: `Segna ${first.code} come non presentato` }).click();
    const undo = row.getByRole('button', { name: `Annulla la mancata presentazione di ${first.code}` });
    await expect(undo).toBeFocused();
    await expect(row.getByRole('status')).toContainText('sarà registrata tra 5 secondi');
    await expectNoAxeViolations(page, 'the agenda with a pending no-show');
    await page.keyboard.press('Enter');
    await expect(undo).toHaveCount(0);
    await expect(row.getByRole('button', { name: `Segna ${first.code} come non presentato` })).toBeFocused();
    // past the grace window: still booked, on the screen and in the API
    await page.waitForTimeout(6500);
    await expect(row).toContainText('Prenotato');
    expect(await statusInApi(request, first.code, first.date)).toBe('booked');

    await page.goto(`${state().gateway}/sportello/agenda?data=${second.date}`);
    const other = page.getByTestId(`booking-${second.code}`);
    await other.getByRole('button', { name: `Registra arrivo di ${second.code}` }).click();
    await expect(other.getByRole('button', { name: `Annulla l’arrivo di ${second.code}` })).toBeVisible();
    expect(await statusInApi(request, second.code, second.date)).toBe('booked');
    await expect(other).toContainText('Arrivato', { timeout: 15000 });
    expect(await statusInApi(request, second.code, second.date)).toBe('checked-in');
  });

  test('leaving the page sends what is still pending', async ({ request }) => {
    const booked = await bookFirstSlot(request, {
      tenant: 'cesena',
      site: 'cesena-centro',
      n: 104,
      lastName: 'Rossi',
    });
    await page.goto(`${state().gateway}/sportello/agenda?data=${booked.date}`);
    const row = page.getByTestId(`booking-${booked.code}`);
    await row.getByRole('button', { name: `Segna ${booked.code} come non presentato` }).click();
    await expect(
      row.getByRole('button', { name: `Annulla la mancata presentazione di ${booked.code}` }),
    ).toBeVisible();
    // to another page of the console (the agenda unmounts): the no-show goes out at once
    await page.evaluate(() => {
      history.pushState({}, '', '/sportello/operatore');
      dispatchEvent(new PopStateEvent('popstate'));
    });
    await expect(page.getByRole('heading', { level: 1, name: 'Il mio turno' })).toBeVisible();
    await expect
      .poll(() => statusInApi(request, booked.code, booked.date), { timeout: 4000 })
      .toBe('no-show');
  });
});

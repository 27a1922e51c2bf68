import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe';
import { signedInContext } from '../support/sign-in';
import { state } from '../support/state';
import { bookFirstSlot } from './fixtures';

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
});

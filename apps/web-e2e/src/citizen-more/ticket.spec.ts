import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe';
import { state } from '../support/state';
import { expectNoHorizontalScroll, romeDay, staff, switchToEnglish } from './api';

test.use({ viewport: { width: 320, height: 800 } });

/** Takes a walk-in ticket on /il-mio-numero and lands on its page; returns its site and number. */
async function takeTicket(page: Page) {
  await page.goto(`${state().gateway}/il-mio-numero`);
  await expect(page.getByRole('heading', { level: 1, name: 'Il mio numero' })).toBeVisible();
  await page.getByLabel('Il tuo comune').selectOption('cesena');
  await page.getByLabel('Servizio').selectOption('certificati-anagrafici');
  const siteSelect = page.getByLabel('Sede');
  await expect(siteSelect.locator('option')).not.toHaveCount(1);
  await siteSelect.selectOption({ index: 1 });
  await expectNoAxeViolations(page, 'take a ticket, chosen');
  await page.getByRole('button', { name: 'Prendi il numero' }).click();
  await page.waitForURL(/\/il-mio-numero\/[a-z0-9-]+\/\d{4}-\d{2}-\d{2}\/[A-Z]\d{3,6}#.+/);
  const url = new URL(page.url());
  expect(url.search).toBe('');
  const [, , site = '', day = '', number = ''] = url.pathname.split('/');
  expect(day).toBe(romeDay());
  await expect(page.getByRole('heading', { level: 1, name: `Numero ${number}` })).toBeVisible();
  return { site, number };
}

test.describe('my number at /il-mio-numero', () => {
  const s = state();

  test('the ticket page shows the call within 2 s of the operator calling it, announced', async ({
    page,
    request,
  }) => {
    const { site, number } = await takeTicket(page);
    await expect(page.getByText(/prima di te|Sei il prossimo/)).toBeVisible();
    await expect(page.getByText('Aggiornamento in tempo reale')).toBeVisible();
    await expectNoAxeViolations(page, 'ticket waiting');
    await expectNoHorizontalScroll(page, 'ticket waiting');
    await page.evaluate(() => {
      (window as unknown as { vibrations: unknown[] }).vibrations = [];
      Object.defineProperty(navigator, 'vibrate', {
        configurable: true,
        value: (p: unknown) => (window as unknown as { vibrations: unknown[] }).vibrations.push(p) > 0,
      });
    });

    // the operator calls until it is this ticket (other tickets of the day may be ahead)
    let called: { number: string; counter: number } | undefined;
    for (let i = 0; i < 20 && called?.number !== number; i++) {
      const res = await request.post(`${s.gateway}/scheduling/v1/sites/${site}/queue/next`, {
        headers: staff(),
        data: { counter: 2 },
      });
      expect(res.status(), await res.text()).toBe(200);
      called = (await res.json()) as { number: string; counter: number };
    }
    expect(called?.number).toBe(number);
    await expect(page.getByTestId('ticket-called')).toHaveText('È il tuo turno! Vai allo sportello 2.', {
      timeout: 2000,
    });
    await expect(page.getByTestId('ticket-announcement')).toHaveText(
      `Numero ${number}: è il tuo turno, vai allo sportello 2.`,
    );
    await expect(page.getByTestId('ticket-announcement')).toHaveAttribute('aria-live', 'assertive');
    expect(
      await page.evaluate(() => (window as unknown as { vibrations: unknown[] }).vibrations.length),
    ).toBe(1);
    await expectNoAxeViolations(page, 'ticket called');

    await switchToEnglish(page);
    await expect(page.getByRole('heading', { level: 1, name: `Number ${number}` })).toBeVisible();
    await expect(page.getByTestId('ticket-called')).toHaveText('It is your turn! Go to counter 2.');
    await expectNoAxeViolations(page, 'ticket called, English');
  });

  test('leaving the line asks for a confirmation, then the ticket is cancelled', async ({ page }) => {
    await takeTicket(page);
    await page.getByRole('button', { name: 'Lascia la fila' }).click();
    await expect(page.getByRole('alertdialog')).toContainText('Vuoi davvero lasciare la fila?');
    await expectNoAxeViolations(page, 'leave confirmation');
    await page.getByRole('button', { name: 'No, resto in fila' }).click();
    await expect(page.getByRole('alertdialog')).toBeHidden();
    await page.getByRole('button', { name: 'Lascia la fila' }).click();
    await page.getByRole('button', { name: 'Sì, lascia la fila' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Hai lasciato la fila.' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Lascia la fila' })).toBeHidden();
    await expectNoAxeViolations(page, 'ticket cancelled');
  });

  test('a link without its token or of another day says so', async ({ page }) => {
    await page.goto(`${s.gateway}/il-mio-numero/cesena-centro/${romeDay()}/A001`);
    await expect(page.getByText('Il link non è completo')).toBeVisible();
    await page.goto(`${s.gateway}/il-mio-numero/cesena-centro/2020-01-02/A001#abcdefghijkl`);
    await expect(page.getByText(/Questo numero era valido il 2 gennaio 2020/)).toBeVisible();
    await expectNoAxeViolations(page, 'ticket of another day');
  });
});

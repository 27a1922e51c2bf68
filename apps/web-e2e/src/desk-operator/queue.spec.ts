import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe';
import { signedInContext } from '../support/sign-in';
import { state } from '../support/state';

/** An operator at a counter of Cesena's main site (no other spec takes tickets there). */
async function atCounter(context: BrowserContext, page: Page, counter: string): Promise<void> {
  await page.getByLabel('Sportello', { exact: true }).selectOption(counter);
  await page.getByRole('button', { name: 'Inizia il turno' }).click();
  await expect(page.getByTestId('staff-shift')).toContainText(`Sportello ${counter}`);
  await page.goto(`${state().gateway}/sportello/coda`);
  await expect(page.getByRole('heading', { level: 1, name: 'Postazione di sportello' })).toBeVisible();
  void context;
}

test.describe.serial('the counter workstation', () => {
  const contexts: BrowserContext[] = [];
  let one: Page;
  let two: Page;

  test.beforeAll(async ({ browser }) => {
    const a = await signedInContext(browser, 'operator-cesena-centro');
    const b = await signedInContext(browser, 'operator-cesena-centro');
    contexts.push(a.context, b.context);
    await atCounter(a.context, a.page, '1');
    one = a.page;
    await atCounter(b.context, b.page, '2');
    two = b.page;
  });
  test.afterAll(async () => Promise.all(contexts.map((c) => c.close())));

  test('two counters calling in turn call each of ten tickets once, in order of issue', async ({
    request,
  }) => {
    const s = state();
    const issued: string[] = [];
    for (let i = 0; i < 10; i++) {
      const res = await request.post(`${s.gateway}/scheduling/v1/sites/cesena-centro/tickets`, {
        data: { service: 'carta-identita-elettronica', tenant: 'cesena' },
      });
      expect(res.status(), await res.text()).toBe(201);
      issued.push(((await res.json()) as { number: string }).number);
    }
    await expect(one.getByTestId('total-waiting')).toContainText('10', { timeout: 15000 });
    await expectNoAxeViolations(one, 'the workstation with a line');
    const calledNumbers: string[] = [];
    for (let i = 0; i < 10; i++) {
      const page = i % 2 === 0 ? one : two;
      const before = (await page.getByTestId('called-number').count())
        ? await page.getByTestId('called-number').textContent()
        : null;
      await page.getByRole('button', { name: 'Chiama il prossimo' }).click();
      await expect(page.getByTestId('called-number')).not.toHaveText(before ?? '');
      calledNumbers.push((await page.getByTestId('called-number').textContent()) ?? '');
    }
    expect(calledNumbers).toEqual(issued);
    await expectNoAxeViolations(two, 'the workstation with a called ticket');
  });

  test('by keyboard: Alt+1 arrived, Enter calls next, Alt+3 not present sends the ticket back in line or to the missed', async ({
    request,
  }) => {
    const s = state();
    const res = await request.post(`${s.gateway}/scheduling/v1/sites/cesena-centro/tickets`, {
      data: { service: 'carta-identita-elettronica', tenant: 'cesena' },
    });
    const { number } = (await res.json()) as { number: string };
    await one.keyboard.press('Alt+1');
    await expect(one.getByRole('status').filter({ hasText: 'Cittadino arrivato' })).toBeVisible();
    await one.getByRole('button', { name: 'Chiama il prossimo' }).focus();
    await one.keyboard.press('Enter');
    await expect(one.getByTestId('called-number')).toHaveText(number);
    await one.keyboard.press('Alt+3');
    await expect(one.getByRole('status').filter({ hasText: 'non presente' })).toBeVisible();
    await expectNoAxeViolations(one, 'the workstation, citizen not present');
    // the next call reports it unanswered: it goes back in line (or, past the calls allowed, to the missed ones)
    await one.getByRole('button', { name: 'Chiama il prossimo' }).click();
    await expect(
      one
        .getByTestId('called-number')
        .filter({ hasText: number })
        .or(one.getByRole('button', { name: `Richiama ${number}` })),
    ).toBeVisible({ timeout: 15000 });
    await expectNoAxeViolations(one, 'the workstation after a call not answered');
  });
});

import { expect, test, type APIRequestContext } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe';
import { state } from '../support/state';
import { staff } from '../citizen-more/api';

/** Its own site: the workstation spec counts the tickets of cesena-centro, the kiosk spec uses Mercato Saraceno. */
const SITE = 'bagno-di-romagna-municipio';
const SERVICE = 'certificati-anagrafici';

async function takeTicket(request: APIRequestContext): Promise<string> {
  const res = await request.post(`${state().gateway}/scheduling/v1/sites/${SITE}/tickets`, {
    data: { service: SERVICE, tenant: 'bagno-di-romagna' },
  });
  expect(res.status(), await res.text()).toBe(201);
  return ((await res.json()) as { number: string }).number;
}

/** Calls at a counter until it is this ticket (tickets of earlier runs of the day may be ahead). */
async function callUntil(request: APIRequestContext, number: string, counter: number): Promise<void> {
  for (let i = 0; i < 50; i++) {
    const res = await request.post(`${state().gateway}/scheduling/v1/sites/${SITE}/queue/next`, {
      headers: staff(),
      data: { counter },
    });
    expect(res.status(), await res.text()).toBe(200);
    if (((await res.json()) as { number: string }).number === number) return;
  }
  throw new Error(`${number} was never called`);
}

test.describe('the waiting-room display at /sportello/tabellone/<site>', () => {
  for (const [layout, viewport] of [
    ['1920×1080', { width: 1920, height: 1080 }],
    ['portrait', { width: 1080, height: 1920 }],
  ] as const) {
    test(`${layout}: shows a call within 2 s of call-next, the newest highlighted, no personal data`, async ({
      page,
      request,
    }) => {
      await page.setViewportSize(viewport);
      const first = await takeTicket(request);
      const second = await takeTicket(request);
      await page.goto(`${state().gateway}/sportello/tabellone/${SITE}`);
      await expect(
        page.getByRole('heading', {
          level: 1,
          name: 'Sportello Sportello polifunzionale di Bagno di Romagna',
        }),
      ).toBeVisible();
      await expect(page.getByTestId('total-waiting')).not.toHaveText('0');
      await expectNoAxeViolations(page, `display waiting, ${layout}`);

      await callUntil(request, first, 1);
      const firstRow = page.getByTestId('called').filter({ hasText: first });
      await expect(firstRow).toContainText('1', { timeout: 2000 });
      await callUntil(request, second, 2);
      const newest = page.getByTestId('called').first();
      await expect(newest).toHaveText(`${second}2`, { timeout: 2000 });
      await expect(newest).toHaveClass(/display-newest/);
      await expect(page.locator('.display-newest')).toHaveCount(1);
      await expect(firstRow).not.toHaveClass(/display-newest/);
      await expect(page.getByRole('status').or(page.locator('[aria-live="assertive"]'))).toContainText(
        `Numero ${second}, sportello 2`,
      );

      // numbers and counters only: no municipality, procedure or person
      const text = await page.locator('main').innerText();
      for (const personal of [SERVICE, 'Certificati anagrafici', 'bagno-di-romagna', 'Mario', 'Rossi'])
        expect(text).not.toContain(personal);
      const called = await page.locator('#display-called').boundingBox();
      const waiting = await page.locator('#display-waiting').boundingBox();
      if (layout === 'portrait') expect(waiting!.y).toBeGreaterThan(called!.y + called!.height);
      else expect(waiting!.x).toBeGreaterThan(called!.x + called!.width);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        viewport.width,
      );
      await expectNoAxeViolations(page, `display with calls, ${layout}`);
    });
  }
});

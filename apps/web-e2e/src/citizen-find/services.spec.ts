import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe';
import { expectQuietPage, watchPage } from '../support/page-checks';
import { state } from '../support/state';

const noSideScroll = async (page: Page, what: string) => {
  const widths = await page.evaluate(() => ({
    content: document.documentElement.scrollWidth,
    viewport: document.documentElement.clientWidth,
    // what sticks out, to say where to look
    wide: [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}`),
  }));
  expect(
    widths.content,
    `horizontal scrolling at 320 px on ${what}: ${widths.wide.join(' | ')}`,
  ).toBeLessThanOrEqual(widths.viewport);
};

const results = (page: Page) => page.locator('a[data-element="service-link"]');

test.describe('Servizi', () => {
  const s = state();

  test('finds the CIE and residence procedures as citizens type them, typos included, and keeps the query in the URL', async ({
    page,
  }) => {
    const watch = await watchPage(page);
    await page.goto(`${s.gateway}/servizi`);
    await expect(page.getByRole('heading', { level: 1, name: 'Servizi' })).toBeVisible();
    await expect(page.locator('a[data-element="appointment-booking"]').first()).toHaveAttribute(
      'href',
      '/prenota',
    );
    await expect(results(page).first()).toBeVisible();
    await expectNoAxeViolations(page, 'Servizi, no query');

    const search = page.getByRole('searchbox', { name: 'Cerca un servizio' });
    await search.fill('carta identita');
    await expect(page).toHaveURL(/\?q=carta\+identita/);
    await expect(results(page).first()).toContainText("Carta d'identità elettronica");
    await expectNoAxeViolations(page, 'Servizi, carta identita');

    await search.fill('resdenza');
    await expect(page).toHaveURL(/\?q=resdenza/);
    await expect(
      results(page)
        .filter({ hasText: /residenza/i })
        .first(),
    ).toBeVisible();

    await page.goBack();
    await expect(page).toHaveURL(/\?q=carta\+identita/);
    await expect(search).toHaveValue('carta identita');
    await expect(results(page).first()).toContainText("Carta d'identità elettronica");
    expectQuietPage(watch, 'Servizi search');
  });

  test('typing fast sends one search for what was typed, not one per key', async ({ page }) => {
    await page.goto(`${s.gateway}/servizi`);
    await expect(results(page).first()).toBeVisible();
    const searches: string[] = [];
    page.on('request', (r) => {
      const url = new URL(r.url());
      if (url.pathname === '/catalogue/v1/services' && url.searchParams.has('q'))
        searches.push(url.searchParams.get('q') ?? '');
    });
    await page
      .getByRole('searchbox', { name: 'Cerca un servizio' })
      .pressSequentially('anagrafe', { delay: 40 });
    await expect(page).toHaveURL(/q=anagrafe/);
    await page.waitForTimeout(500);
    expect(searches).toEqual(['anagrafe']);
  });

  test('filters narrow the results, and each result opens its card', async ({ page }) => {
    await page.goto(`${s.gateway}/servizi`);
    const count = page.getByRole('heading', { level: 2, name: /servizi trovati/ });
    await expect(count).toBeVisible();
    const all = Number((await count.textContent())?.match(/\d+/)?.[0]);
    await page.getByLabel('Categoria').selectOption('anagrafe-stato-civile');
    await expect(page).toHaveURL(/categoria=anagrafe-stato-civile/);
    await expect(count).not.toHaveText(new RegExp(`^${all} `));
    const byCategory = Number((await count.textContent())?.match(/\d+/)?.[0]);
    expect(byCategory).toBeLessThan(all);
    await page.getByLabel('Comune', { exact: true }).selectOption('montiano');
    await page.getByLabel('Modalità').selectOption('appuntamento');
    await expect(page).toHaveURL(/comune=montiano/);
    await expect(page).toHaveURL(/modalita=appuntamento/);
    await expect(count).not.toHaveText(new RegExp(`^${byCategory} `));
    expect(Number((await count.textContent())?.match(/\d+/)?.[0])).toBeLessThanOrEqual(byCategory);
    await expectNoAxeViolations(page, 'Servizi filtered');
    const first = results(page).first();
    await expect(first).toHaveAttribute('href', /^\/comuni\/montiano\/servizi\//);
    await first.click();
    await expect(page.locator('[data-element="service-title"]')).toBeVisible();
    await expect(page.getByRole('banner')).toContainText('Comune di Montiano');
  });

  test('pages through the results', async ({ page }) => {
    await page.goto(`${s.gateway}/servizi`);
    const pager = page.getByRole('navigation', { name: 'Pagine dei risultati' });
    await expect(pager).toContainText('Pagina 1 di');
    const firstTitle = await results(page).first().textContent();
    await pager.getByRole('link', { name: 'Pagina successiva' }).click();
    await expect(page).toHaveURL(/pagina=2/);
    await expect(pager).toContainText('Pagina 2 di');
    await expect(results(page).first()).not.toHaveText(firstTitle ?? '');
  });

  test('the English switch translates the page', async ({ page }) => {
    await page.goto(`${s.gateway}/servizi?q=carta+identita`);
    await expect(results(page).first()).toBeVisible();
    await page.getByRole('button', { name: /Lingua/ }).click();
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Services' })).toBeVisible();
    await expect(page.getByRole('searchbox', { name: 'Search for a service' })).toHaveValue('carta identita');
    await expect(page.getByLabel('Category')).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: /services? found/ })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Main menu' })).toContainText('Book an appointment');
    await expectNoAxeViolations(page, 'Servizi in English');
  });

  test('at 320 px nothing scrolls sideways', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(`${s.gateway}/servizi?q=carta+identita`);
    await expect(results(page).first()).toBeVisible();
    await noSideScroll(page, 'Servizi');
    await expectNoAxeViolations(page, 'Servizi at 320 px');
  });
});

export { noSideScroll };

import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { expectQuietPage, SHELLS, watchPage } from './support/page-checks';
import { state } from './support/state';

interface Tenant {
  id: string;
  name: string;
}

/**
 * Both shells as the gateway serves them (built apps, same origin as the API), listing the tenants the real
 * catalogue answers, in Italian and after the language switch in English; every state checked with axe.
 */
for (const shell of SHELLS) {
  test.describe(`the ${shell.app} at ${shell.base}`, () => {
    const s = state();
    const url = (p = '') => `${s.gateway}${shell.base}${p}`;
    let tenants: Tenant[];

    test.beforeAll(async ({ request }) => {
      const res = await request.get(`${s.gateway}/catalogue/v1/tenants`);
      expect(res.status()).toBe(200);
      tenants = ((await res.json()) as { items: Tenant[] }).items;
      expect(tenants.map((t) => t.id)).toEqual(expect.arrayContaining(['cesena', 'unione-valle-savio']));
    });

    test('loads in Italian with every tenant from the API, the Union in its header, no CSP complaint', async ({
      page,
    }) => {
      const watch = await watchPage(page);
      const response = await page.goto(url());
      expect(response?.status()).toBe(200);
      expect(response?.headers()['content-security-policy']).toMatch(/script-src 'self'/);
      await expect(page.locator('html')).toHaveAttribute('lang', 'it');
      await expect(page.getByRole('heading', { level: 1, name: shell.homeIt })).toBeVisible();
      await expect(page.getByRole('banner')).toContainText('Unione dei Comuni della Valle del Savio');
      const list = page.getByRole('list', { name: 'Comuni' });
      await expect(list.getByRole('listitem')).toHaveCount(tenants.length);
      for (const t of tenants)
        await expect(list.getByRole('link', { name: t.name, exact: true })).toBeVisible();
      await expect(
        page.getByRole('contentinfo').getByRole('link', { name: 'Dichiarazione di accessibilità' }),
      ).toBeVisible();
      await expect(
        page.getByRole('contentinfo').getByRole('link', { name: 'Informativa privacy' }),
      ).toBeVisible();
      await expectNoAxeViolations(page, `${shell.app} home, Italian`);
      expectQuietPage(watch, `${shell.app} home`);
    });

    test('switches to English, keeps it on reload, and back', async ({ page }) => {
      const watch = await watchPage(page);
      await page.goto(url());
      await expect(page.getByRole('list', { name: 'Comuni' }).getByRole('listitem')).toHaveCount(
        tenants.length,
      );
      const toggle = page.getByRole('button', { name: /Lingua/ });
      await toggle.click();
      await expect(toggle).toHaveAttribute('aria-expanded', 'true');
      await expectNoAxeViolations(page, `${shell.app} language menu open`);
      await page.getByRole('button', { name: 'English' }).click();
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      await expect(page.getByRole('heading', { level: 1, name: shell.homeEn })).toBeVisible();
      const list = page.getByRole('list', { name: 'Municipalities' });
      await expect(list.getByRole('listitem')).toHaveCount(tenants.length);
      for (const t of tenants)
        await expect(list.getByRole('link', { name: t.name, exact: true })).toBeVisible();
      await expect(
        page.getByRole('contentinfo').getByRole('link', { name: 'Accessibility statement' }),
      ).toBeVisible();
      await expectNoAxeViolations(page, `${shell.app} home, English`);

      await page.reload();
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      await expect(page.getByRole('heading', { level: 1, name: shell.homeEn })).toBeVisible();

      await page.getByRole('button', { name: /Language/ }).click();
      await page.getByRole('button', { name: 'Italiano' }).click();
      await expect(page.locator('html')).toHaveAttribute('lang', 'it');
      await expect(page.getByRole('heading', { level: 1, name: shell.homeIt })).toBeVisible();
      expectQuietPage(watch, `${shell.app} language switch`);
    });

    test("a deep link survives a reload: a municipality's page, served as the app's own index.html", async ({
      page,
    }) => {
      const watch = await watchPage(page);
      await page.goto(url());
      await page
        .getByRole('list', { name: 'Comuni' })
        .getByRole('link', { name: 'Comune di Cesena', exact: true })
        .click();
      await expect(page).toHaveURL(url('comuni/cesena'));
      await expect(page.getByRole('heading', { level: 1, name: 'Comune di Cesena' })).toBeVisible();
      await expectNoAxeViolations(page, `${shell.app} municipality page`);
      const reloaded = await page.reload();
      expect(reloaded?.status()).toBe(200);
      expect(reloaded?.headers()['cache-control']).toBe('no-cache');
      await expect(page.getByRole('heading', { level: 1, name: 'Comune di Cesena' })).toBeVisible();
      await expect(page.getByRole('banner')).toContainText('Comune di Cesena');
      expectQuietPage(watch, `${shell.app} deep link`);
    });

    test('reflows at 320 px: nothing scrolls sideways, every tenant still listed, accessible', async ({
      page,
    }) => {
      await page.setViewportSize({ width: 320, height: 640 });
      await page.goto(url());
      const list = page.getByRole('list', { name: 'Comuni' });
      await expect(list.getByRole('listitem')).toHaveCount(tenants.length);
      const widths = await page.evaluate(() => ({
        content: document.documentElement.scrollWidth,
        viewport: document.documentElement.clientWidth,
      }));
      expect(widths.content, 'horizontal scrolling at 320 px').toBeLessThanOrEqual(widths.viewport);
      await expectNoAxeViolations(page, `${shell.app} home at 320 px`);
    });

    test('an unknown path shows the app’s own “page not found”, accessible', async ({ page }) => {
      const response = await page.goto(url('nessuna/pagina/qui'));
      expect(response?.status()).toBe(200); // the app's index.html: its router decides
      await expect(page.getByRole('heading', { level: 1, name: 'Pagina non trovata' })).toBeVisible();
      await expectNoAxeViolations(page, `${shell.app} page not found`);
    });
  });
}

test('the console’s own path without its slash redirects to it', async ({ page }) => {
  const s = state();
  const response = await page.goto(`${s.gateway}/sportello`);
  expect(response?.status()).toBe(200);
  expect(page.url()).toBe(`${s.gateway}/sportello/`);
  await expect(page.getByRole('heading', { level: 1, name: 'Comuni serviti' })).toBeVisible();
});

test('the page refuses injected inline script (CSP without unsafe-inline)', async ({ page }) => {
  const s = state();
  await page.goto(`${s.gateway}/`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const ran = await page.evaluate(async () => {
    const w = window as unknown as { injected?: boolean };
    const img = document.createElement('img');
    img.setAttribute('src', 'data:,');
    img.setAttribute('onerror', 'window.injected = true');
    img.setAttribute('onload', 'window.injected = true');
    document.body.append(img);
    const script = document.createElement('script');
    script.textContent = 'window.injected = true';
    document.body.append(script);
    await new Promise((r) => setTimeout(r, 300));
    return w.injected === true;
  });
  expect(ran).toBe(false);
});

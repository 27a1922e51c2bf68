import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { expectVisibleFocus, SHELLS } from './support/page-checks';
import { state } from './support/state';

/** Keyboard only: Tab reaches the skip link first, then the header's controls; the focus always shows. */
for (const shell of SHELLS) {
  test.describe(`the ${shell.app} by keyboard`, () => {
    const s = state();

    test('Tab reaches the skip link first, which moves the focus to the main content', async ({ page }) => {
      await page.goto(`${s.gateway}${shell.base}`);
      await expect(page.getByRole('heading', { level: 1, name: shell.homeIt })).toBeVisible();
      await page.keyboard.press('Tab');
      const skip = page.getByRole('link', { name: 'Vai al contenuto principale' });
      await expect(skip).toBeFocused();
      await expect(skip).toHaveAttribute('href', '#main');
      await expectVisibleFocus(page, 'the skip link');
      await expectNoAxeViolations(page, `${shell.app} with the skip link shown`);
      await page.keyboard.press('Enter');
      await expect(page.locator('main#main')).toBeFocused();
    });

    test('Tab then walks the header controls in order, each with a visible focus, and opens the language menu', async ({
      page,
    }) => {
      await page.goto(`${s.gateway}${shell.base}`);
      await expect(page.getByRole('heading', { level: 1, name: shell.homeIt })).toBeVisible();
      const visited: string[] = [];
      let reachedSwitch = false;
      for (let i = 0; i < 12 && !reachedSwitch; i++) {
        await page.keyboard.press('Tab');
        const name = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          return `${el?.tagName.toLowerCase()} ${(el?.getAttribute('aria-label') ?? el?.textContent ?? '').trim().replace(/\s+/g, ' ')}`;
        });
        visited.push(name);
        await expectVisibleFocus(page, `Tab ${i + 1} (${name})`);
        reachedSwitch = await page
          .getByRole('button', { name: /Lingua/ })
          .evaluate((el) => el === document.activeElement);
      }
      expect(visited[0]).toMatch(/Vai al contenuto principale/);
      // the header's controls come before the main content: the language switch is reached without leaving the header
      expect(reachedSwitch, `Tab order: ${visited.join(' → ')}`).toBe(true);
      const inHeader = await page.evaluate(() => Boolean(document.activeElement?.closest('header')));
      expect(inHeader).toBe(true);
      await page.keyboard.press('Enter');
      const english = page.getByRole('button', { name: 'English' });
      await expect(english).toBeVisible();
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      await expect(english).toBeFocused();
      await expectVisibleFocus(page, 'the English option');
      await page.keyboard.press('Enter');
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      // the focus goes back to the switch, not to the top of the page
      await expect(page.getByRole('button', { name: /Language/ })).toBeFocused();
      await expectNoAxeViolations(page, `${shell.app} in English after the keyboard switch`);
    });

    test('Escape closes the language menu and gives the focus back to its button', async ({ page }) => {
      await page.goto(`${s.gateway}${shell.base}`);
      const toggle = page.getByRole('button', { name: /Lingua/ });
      await toggle.focus();
      await page.keyboard.press('Enter');
      await expect(toggle).toHaveAttribute('aria-expanded', 'true');
      await page.keyboard.press('Escape');
      await expect(toggle).toHaveAttribute('aria-expanded', 'false');
      await expect(toggle).toBeFocused();
    });
  });
}

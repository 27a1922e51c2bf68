import { expect, type Page } from '@playwright/test';

/** The two shells, where the gateway serves them. */
export const SHELLS = [
  {
    app: 'citizen web',
    base: '/',
    homeIt: "I comuni dell'Unione",
    homeEn: 'The municipalities of the Union',
  },
  { app: 'desk console', base: '/sportello/', homeIt: 'Comuni serviti', homeEn: 'Municipalities served' },
] as const;

export interface PageWatch {
  /** Content-Security-Policy violations the page reported (the kit must work without 'unsafe-inline'). */
  cspViolations: string[];
  /** Console errors and uncaught exceptions. */
  errors: string[];
}

/**
 * Records what a page complains about from its first byte on: CSP violations (through the DOM event, installed
 * by Playwright before any script of the page, which the page's CSP does not govern) and console errors.
 */
export async function watchPage(page: Page): Promise<PageWatch> {
  const watch: PageWatch = { cspViolations: [], errors: [] };
  await page.exposeFunction('__reportCspViolation', (v: string) => watch.cspViolations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { __reportCspViolation: (v: string) => void })
        .__reportCspViolation;
      void report(`${e.violatedDirective} ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`);
    });
  });
  page.on('console', (m) => {
    if (m.type() === 'error') watch.errors.push(m.text());
  });
  page.on('pageerror', (e) => watch.errors.push(e.message));
  return watch;
}

export function expectQuietPage(watch: PageWatch, state: string): void {
  expect(watch.cspViolations, `CSP violations on ${state}`).toEqual([]);
  expect(watch.errors, `console errors on ${state}`).toEqual([]);
}

/** The focused element shows where it is: an outline or a box shadow (Bootstrap Italia's focus ring). */
export async function expectVisibleFocus(page: Page, what: string): Promise<void> {
  const focus = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return undefined;
    const style = getComputedStyle(el);
    const rect = el.getBoundingClientRect();
    return {
      focusVisible: el.matches(':focus-visible'),
      outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0,
      shadow: style.boxShadow !== 'none',
      onScreen: rect.width > 0 && rect.height > 0,
    };
  });
  expect(focus, `${what}: something has the focus`).toBeDefined();
  expect(focus?.focusVisible, `${what}: :focus-visible`).toBe(true);
  expect(focus?.onScreen, `${what}: on screen`).toBe(true);
  expect(focus?.outline || focus?.shadow, `${what}: a visible focus indicator`).toBe(true);
}

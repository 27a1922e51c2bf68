import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { state } from '../support/state';

/** Staff calls of this folder's tests: the development token of the suite's platform (DEV_TOKENS=true). */
export const staff = () => ({ authorization: `Bearer ${state().staffToken}` });

/** YYYY-MM-DD in Europe/Rome, `days` from today. */
export function romeDay(days = 0): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome' }).format(
    new Date(Date.now() + days * 86_400_000),
  );
}

/** A session of `seats` seats tomorrow afternoon at a Digitale Facile site, made by a union admin. */
export async function createSession(request: APIRequestContext, title: string, seats: number) {
  const day = romeDay(1);
  const res = await request.post(`${state().gateway}/scheduling/v1/sessions`, {
    headers: staff(),
    data: {
      site: 'cesena-montefiore',
      title,
      topic: 'spid',
      start: `${day}T15:00:00+01:00`,
      end: `${day}T16:30:00+01:00`,
      seats,
      language: 'it',
    },
  });
  expect(res.status(), await res.text()).toBe(201);
  return (await res.json()) as { id: string; start: string };
}

export async function registerByApi(request: APIRequestContext, sessionId: string, email: string) {
  const res = await request.post(`${state().gateway}/scheduling/v1/sessions/${sessionId}/registrations`, {
    data: { citizen: { firstName: 'Luca', lastName: 'Bianchi', email, locale: 'it' } },
  });
  expect(res.status(), await res.text()).toBe(201);
  return (await res.json()) as { code: string; manageToken: string; status: string };
}

/** The page has no horizontal scroll at its width (320 px in these tests). */
export async function expectNoHorizontalScroll(page: Page, what: string) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, `${what}: horizontal scroll at 320 px`).toBeLessThanOrEqual(0);
}

/** Switches the shell to English through the header's language menu. */
export async function switchToEnglish(page: Page) {
  await page.getByRole('button', { name: /Lingua/ }).click();
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
}

import { expect, type APIRequestContext, type FrameLocator, type Page } from '@playwright/test';

/** A page, or the booking embedded in another site's page (its iframe). */
type Surface = Page | FrameLocator;
import { state } from '../support/state';

export const SERVICE = 'carta-identita-elettronica';

const ODD: Record<string, number> = {
  '0': 1,
  '1': 0,
  '2': 5,
  '3': 7,
  '4': 9,
  '5': 13,
  '6': 15,
  '7': 17,
  '8': 19,
  '9': 21,
  A: 1,
  B: 0,
  C: 5,
  D: 7,
  E: 9,
  F: 13,
  G: 15,
  H: 17,
  I: 19,
  J: 21,
  K: 2,
  L: 4,
  M: 18,
  N: 20,
  O: 11,
  P: 3,
  Q: 6,
  R: 8,
  S: 12,
  T: 14,
  U: 16,
  V: 10,
  W: 22,
  X: 25,
  Y: 24,
  Z: 23,
};

/** A valid codice fiscale of its own for each test (the per-person limit allows one CIE booking each). */
export function fiscalCode(): string {
  // 12 months × 18 days × 100: 21,600 people, so that the suite's bookings of one procedure rarely meet one
  // (with days and digits alone, 1,800: two of eight tests were the same person in about 1.5 % of runs)
  const pick = (xs: string): string => xs.charAt(Math.floor(Math.random() * xs.length));
  const month = pick('ABCDEHLMPRST');
  const n = String(Math.floor(Math.random() * 100)).padStart(2, '0');
  const d = String(10 + Math.floor(Math.random() * 18));
  const first15 = `BNCLCU80${month}${d}C5${n}`.slice(0, 15).padEnd(15, '0');
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const c = first15.charAt(i);
    sum += i % 2 === 0 ? (ODD[c] ?? 0) : c >= '0' && c <= '9' ? Number(c) : c.charCodeAt(0) - 65;
  }
  return first15 + String.fromCharCode(65 + (sum % 26));
}

export const uniqueEmail = (tag: string) =>
  `${tag}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.org`;

interface Site {
  id: string;
  name: string;
  counters: number;
}
interface Slot {
  site: string;
  start: string;
  available: number;
}

const romeDay = (d: Date | string) =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Rome',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(d));

/** The sites that serve CIE for Montiano, from the API the page uses. */
export async function sitesFor(request: APIRequestContext, tenant = 'montiano'): Promise<Site[]> {
  const res = await request.get(`${state().gateway}/scheduling/v1/sites?tenant=${tenant}&service=${SERVICE}`);
  expect(res.ok(), `sites: ${res.status()} ${await res.text()}`).toBe(true);
  return ((await res.json()) as { items: Site[] }).items;
}

/** Free slots at a site in the next 60 days. */
export async function slotsAt(
  request: APIRequestContext,
  site: string,
  tenant = 'montiano',
): Promise<Slot[]> {
  const from = romeDay(new Date());
  const to = romeDay(new Date(Date.now() + 60 * 86_400_000));
  const res = await request.get(
    `${state().gateway}/scheduling/v1/availability?service=${SERVICE}&tenant=${tenant}&site=${site}&from=${from}&to=${to}`,
  );
  expect(res.ok(), `availability: ${res.status()} ${await res.text()}`).toBe(true);
  return ((await res.json()) as { slots: Slot[] }).slots;
}

export { romeDay };

/** Moves the slot step to the month of `start` and picks its day. */
export async function showDay(page: Surface, start: string): Promise<void> {
  const day = romeDay(start);
  const month = day.slice(0, 7);
  const now = romeDay(new Date()).slice(0, 7);
  if (month !== now) await page.getByRole('button', { name: 'Mese successivo' }).click();
  await page.getByLabel('Giorno').selectOption(day);
}

/** The radio of a slot: its label names the full day and the time (Europe/Rome). */
export const timeOf = (start: string) =>
  new Intl.DateTimeFormat('it-IT', {
    timeZone: 'Europe/Rome',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(start));

export async function fillApplicant(
  page: Surface,
  who: { email: string; cf: string; first?: string; last?: string },
) {
  await page.getByLabel('Nome', { exact: true }).fill(who.first ?? 'Giulia');
  await page.getByLabel('Cognome').fill(who.last ?? 'Montanari');
  await page.getByLabel('Codice fiscale').fill(who.cf);
  await page.getByLabel('E-mail').fill(who.email);
}

interface SinkMessage {
  id: string;
  subject: string;
  text: string;
}

/** Messages the dev mail sink received for an address. */
export async function mailsTo(request: APIRequestContext, to: string): Promise<SinkMessage[]> {
  const res = await request.get(`${state().mailSink}/messages?to=${encodeURIComponent(to)}`);
  expect(res.ok()).toBe(true);
  return (await res.json()) as SinkMessage[];
}

export async function waitForMail(
  request: APIRequestContext,
  to: string,
  subject: string,
): Promise<SinkMessage> {
  let found: SinkMessage | undefined;
  await expect
    .poll(
      async () =>
        (found = (await mailsTo(request, to)).find((m) => m.subject.includes(subject))) !== undefined,
      {
        timeout: 30_000,
      },
    )
    .toBe(true);
  return found as SinkMessage;
}

/**
 * Chooses a radio as a pointer user does: Bootstrap Italia draws the radio on its label and moves the input
 * off-screen, so the label is what one clicks.
 */
export async function pick(page: Surface, name: string | RegExp): Promise<void> {
  const label = page.locator('label.form-check-label', { hasText: name });
  await label.first().click();
  await expect(page.getByRole('radio', { name }).first()).toBeChecked();
}

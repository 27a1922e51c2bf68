import type { Page } from '@playwright/test';
import { signIn } from '../support/sign-in';
import { state } from '../support/state';

/** The console's pages, under the gateway's /sportello/. */
export const consoleUrl = (path: string) => `${state().gateway}/sportello${path}`;

/** The union admin signs in through Keycloak's real login page; the page's API calls then carry Keycloak's token. */
export async function asUnionAdmin(page: Page): Promise<void> {
  await signIn(page, 'union-admin', '/sportello/admin/unione/catalogo');
}

/** A call to the API as the union admin (the test's own checks, not the page's). */
export async function api<T>(
  path: string,
  init: RequestInit = {},
): Promise<{ status: number; body: T; text: string; headers: Headers }> {
  const s = state();
  const response = await fetch(`${s.gateway}${path}`, {
    ...init,
    headers: {
      accept: 'application/json',
      'content-type': 'application/json',
      authorization: `Bearer ${s.staffToken}`,
      ...(init.headers as Record<string, string> | undefined),
    },
  });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON (a CSV): the text is the body
  }
  return { status: response.status, body: body as T, text, headers: response.headers };
}

/** Polls until `check` gives a value (read models follow the events a moment later). */
export async function eventually<T>(
  what: string,
  check: () => Promise<T | undefined>,
  timeoutMs = 20_000,
): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 300));
  }
}

/** A CSV the API wrote for Italian Excel: BOM, `;`, CRLF (no quoted separators in these reports). */
export function parseItalianCsv(text: string): string[][] {
  return text
    .replace(/^\ufeff/, '')
    .split('\r\n')
    .filter((line) => line.length > 0)
    .map((line) => line.split(';'));
}

const ODD: Record<string, number> = Object.fromEntries(
  [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23].flatMap(
    (v, i) => [[String.fromCharCode(65 + i), v], ...(i < 10 ? [[String(i), v]] : [])],
  ),
);

/** A well-formed codice fiscale for made-up person `n` (its check letter computed), unique per n < 100. */
export function fiscalCode(n: number): string {
  const body = `RSSMRA85T${String(10 + (n % 20)).padStart(2, '0')}A${String(500 + n).padStart(3, '0')}`;
  let sum = 0;
  for (const [i, ch] of [...body].entries()) {
    sum += i % 2 === 0 ? (ODD[ch] ?? 0) : /\d/.test(ch) ? Number(ch) : ch.charCodeAt(0) - 65;
  }
  return `${body}${String.fromCharCode(65 + (sum % 26))}`;
}

import { expect, test, type Page } from '@playwright/test';
import { state } from './support/state';

interface Outcome {
  ok: boolean;
  status?: number;
  body?: unknown;
  error?: string;
}

/** fetch() run by the page itself, so Chromium's own CORS checks decide. */
const call = (page: Page, url: string, init: RequestInit = {}): Promise<Outcome> =>
  page.evaluate(
    async ([u, i]) => {
      try {
        const res = await fetch(u, i);
        const text = await res.text();
        let body: unknown = text;
        try {
          body = JSON.parse(text);
        } catch {
          // not JSON
        }
        return { ok: true, status: res.status, body };
      } catch (e) {
        return { ok: false, error: String(e) };
      }
    },
    [url, init] as const,
  );

const card = (slug: string) => ({
  slug,
  title: 'Procedura di prova',
  summary: 'x',
  category: 'anagrafe-stato-civile',
  lifeEvents: [],
  bookable: true,
  walkIn: false,
  durationMinutes: 30,
});

/**
 * A municipality's own site calls the API from Chromium, across origins, against the services' real answers
 * (the test tenants file lists the site in Cesena's webOrigins; CONSOLE_ORIGIN is the gateway's origin).
 */
test.describe('CORS from another origin, in Chromium', () => {
  const s = state();

  test("a municipality's listed site reads the public tenants list", async ({ page }) => {
    await page.goto(s.listedOrigin);
    const result = await call(page, `${s.gateway}/catalogue/v1/tenants`);
    expect(result).toMatchObject({ ok: true, status: 200 });
    const ids = (result.body as { items: { id: string }[] }).items.map((t) => t.id);
    expect(ids).toEqual(expect.arrayContaining(['cesena', 'montiano', 'unione-valle-savio']));
  });

  test('a preflighted citizen call (manage token header) is allowed, and its 4xx answer readable', async ({
    page,
  }) => {
    await page.goto(s.listedOrigin);
    const result = await call(page, `${s.gateway}/scheduling/v1/bookings/NOPE0000`, {
      headers: { 'X-Manage-Token': 'x'.repeat(43) },
    });
    expect(result.ok).toBe(true);
    expect(result.status).toBeGreaterThanOrEqual(400);
    expect(result.status).toBeLessThan(500);
    expect(result.body).toMatchObject({ status: result.status, type: expect.stringMatching(/^https:\/\//) });
  });

  test('a site nobody listed is refused even the public list', async ({ page }) => {
    await page.goto(s.unlistedOrigin);
    const result = await call(page, `${s.gateway}/catalogue/v1/tenants`);
    expect(result.ok).toBe(false);
    expect(result.error).toMatch(/Failed to fetch/);
  });

  test("a staff endpoint refuses a municipality's site, and nothing is written", async ({
    page,
    request,
  }) => {
    const slug = `cors-${Date.now()}`;
    const auth = { authorization: `Bearer ${s.staffToken}` };
    // the token is good: outside a browser (no CORS) the staff endpoint takes it (400: the body, not the token)
    expect(
      (await request.post(`${s.gateway}/catalogue/v1/services`, { headers: auth, data: {} })).status(),
    ).toBe(400);

    await page.goto(s.listedOrigin);
    const result = await call(page, `${s.gateway}/catalogue/v1/services`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify(card(slug)),
    });
    expect(result.ok).toBe(false);
    expect(result.error).toMatch(/Failed to fetch/);
    // had the browser sent it, the slug would be taken now (409)
    const after = await request.post(`${s.gateway}/catalogue/v1/services`, {
      headers: auth,
      data: card(slug),
    });
    expect(after.status()).toBe(201);
  });

  test("the console's origin may call staff endpoints, with its token", async ({ page }) => {
    // a document of the console's origin without the console's CSP (which allows only its own origin to connect)
    await page.goto(`${s.consoleOrigin}/gateway`);
    expect(new URL(page.url()).origin).not.toBe(new URL(s.gateway).origin);
    const result = await call(page, `${s.gateway}/catalogue/v1/services`, {
      method: 'POST',
      headers: { authorization: `Bearer ${s.staffToken}`, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(result).toMatchObject({ ok: true, status: 400 }); // past CORS and the token, stopped by validation
  });
});

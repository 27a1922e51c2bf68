import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe';
import { expectQuietPage, watchPage } from '../support/page-checks';
import { state } from '../support/state';

const MODEL_INDEX = [
  'A chi è rivolto',
  'Descrizione',
  'Come fare',
  'Cosa serve',
  'Cosa si ottiene',
  'Tempi e scadenze',
  'Quanto costa',
  'Accedi al servizio',
  'Ulteriori informazioni',
  'Condizioni di servizio',
  'Contatti',
];

interface Card {
  title: string;
  offerings: { tenant: string; enabled: boolean; feeCents: number; onlineUrl: string | null }[];
}

test.describe('the service card', () => {
  const s = state();

  test("Cesena's CIE card: the model's index in order, its data-elements, the fee and valid JSON-LD", async ({
    page,
    request,
  }) => {
    const api = (await (
      await request.get(`${s.gateway}/catalogue/v1/services/carta-identita-elettronica`)
    ).json()) as Card;
    const cents = api.offerings.find((o) => o.tenant === 'cesena')?.feeCents ?? 0;
    const fee = `${Math.floor(cents / 100)},${String(cents % 100).padStart(2, '0')} €`;
    const watch = await watchPage(page);
    await page.goto(`${s.gateway}/comuni/cesena/servizi/carta-identita-elettronica`);
    await expect(page.locator('[data-element="service-title"]')).toHaveText(api.title);
    await expect(page.locator('ul[data-element="page-index"] > li')).toHaveText(MODEL_INDEX);
    await expect(page.locator('[data-element="service-status"]')).toContainText('attivo');
    await expect(page.locator('[data-element="service-description"]')).not.toBeEmpty();
    await expect(page.locator('[data-element="breadcrumb"]')).toContainText('Servizi');
    await expect(page.locator('[data-element="service-topic"]').first()).toBeVisible();
    for (const el of [
      'service-addressed',
      'service-extended-description',
      'service-how-to',
      'service-needed',
      'service-achieved',
      'service-calendar',
      'service-cost',
      'service-generic-access',
      'service-more-info',
      'service-conditions',
      'service-area',
    ])
      await expect(page.locator(`[data-element="${el}"]`), el).toHaveCount(1);
    await expect(page.locator('[data-element="service-cost"]')).toContainText(fee.replace(' ', ' '));
    await expect(page.locator('[data-element="service-booking-access"]')).toHaveAttribute(
      'href',
      '/prenota?servizio=carta-identita-elettronica&comune=cesena',
    );
    await expect(page.locator('footer a[data-element="appointment-booking"]')).toHaveAttribute(
      'href',
      '/prenota',
    );
    const ld = JSON.parse(
      (await page.locator('script[type="application/ld+json"][data-element="metatag"]').textContent()) ?? '',
    ) as Record<string, unknown>;
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'GovernmentService',
      name: api.title,
      serviceOperator: { name: 'Comune di Cesena' },
      areaServed: [{ name: 'Comune di Cesena' }],
      offers: { price: (cents / 100).toFixed(2), priceCurrency: 'EUR' },
    });
    await expectNoAxeViolations(page, 'CIE card at Cesena');
    expectQuietPage(watch, 'CIE card');
  });

  test('the online access appears where the offering has an online URL', async ({ page, request }) => {
    const api = (await (
      await request.get(`${s.gateway}/catalogue/v1/services/iscrizione-mensa`)
    ).json()) as Card;
    const online = api.offerings.find((o) => o.enabled && o.onlineUrl);
    expect(online, 'the seed gives iscrizione-mensa an online URL').toBeDefined();
    await page.goto(`${s.gateway}/comuni/${online?.tenant}/servizi/iscrizione-mensa`);
    await expect(page.locator('a[data-element="service-online-access"]')).toHaveAttribute(
      'href',
      online?.onlineUrl ?? '',
    );
  });

  test('a procedure the municipality does not offer says so and where to go instead', async ({ page }) => {
    await page.goto(`${s.gateway}/comuni/montiano/servizi/permesso-ztl-residenti`);
    const notice = page.getByTestId('not-offered').first();
    await expect(notice).toContainText('Comune di Montiano non offre questo servizio');
    await expect(notice.getByRole('link', { name: 'Comune di Cesena' })).toHaveAttribute(
      'href',
      '/comuni/cesena/servizi/permesso-ztl-residenti',
    );
    await expect(page.locator('[data-element="service-status"]')).toContainText('non attivo');
    await expect(page.locator('[data-element="service-booking-access"]')).toHaveCount(0);
    await expectNoAxeViolations(page, 'not offered at Montiano');
    await notice.getByRole('link', { name: 'Comune di Cesena' }).click();
    await expect(page.locator('[data-element="service-booking-access"]')).toBeVisible();
  });

  test('without a municipality the card offers the choice', async ({ page }) => {
    await page.goto(`${s.gateway}/servizi/carta-identita-elettronica`);
    const chooser = page.getByTestId('municipality-chooser');
    await expect(chooser.getByRole('link', { name: 'Comune di Verghereto' })).toBeVisible();
    await expectNoAxeViolations(page, 'card without a municipality');
    await chooser.getByRole('link', { name: 'Comune di Verghereto' }).click();
    await expect(page).toHaveURL(/\/comuni\/verghereto\/servizi\/carta-identita-elettronica$/);
    await expect(page.getByRole('banner')).toContainText('Comune di Verghereto');
  });

  test('the English switch translates the card', async ({ page }) => {
    await page.goto(`${s.gateway}/comuni/cesena/servizi/carta-identita-elettronica`);
    await expect(page.locator('ul[data-element="page-index"] > li')).toHaveCount(MODEL_INDEX.length);
    await page.getByRole('button', { name: /Lingua/ }).click();
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.locator('ul[data-element="page-index"] > li').first()).toHaveText('Who it is for');
    await expect(page.locator('[data-element="service-status"]')).toHaveText('Service active');
    await expect(page.locator('[data-element="service-cost"]')).toContainText('Cost in Comune di Cesena: €');
    await expect(page.getByRole('link', { name: 'Book an appointment' }).first()).toBeVisible();
    await expectNoAxeViolations(page, 'card in English');
  });

  test('at 320 px nothing scrolls sideways', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(`${s.gateway}/comuni/cesena/servizi/carta-identita-elettronica`);
    await expect(page.locator('[data-element="service-title"]')).toBeVisible();
    const widths = await page.evaluate(() => ({
      content: document.documentElement.scrollWidth,
      viewport: document.documentElement.clientWidth,
    }));
    expect(widths.content).toBeLessThanOrEqual(widths.viewport);
    await expectNoAxeViolations(page, 'card at 320 px');
  });
});

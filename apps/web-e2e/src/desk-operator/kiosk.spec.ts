import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe';
import { state } from '../support/state';
import { romeDay } from '../citizen-more/api';

/** Its own site: the workstation spec counts the tickets of cesena-centro. */
const SITE = 'mercato-saraceno-municipio';

// the kiosk's touch screen stands in portrait
test.use({ viewport: { width: 1080, height: 1920 }, hasTouch: true });

test.describe('the ticket kiosk at /sportello/totem/<site>', () => {
  const s = state();

  test('a walk-in takes a number: services by category, the number with a QR code to follow it, a receipt, back to the start', async ({
    page,
    context,
  }) => {
    await page.goto(`${s.gateway}/sportello/totem/${SITE}`);
    await expect(
      page.getByRole('heading', {
        level: 1,
        name: /Prendi il numero – Sportello polifunzionale di Mercato Saraceno/,
      }),
    ).toBeVisible();
    const registry = page.getByRole('region', { name: 'Anagrafe e stato civile' });
    const certificates = registry.getByRole('button', { name: 'Certificati anagrafici', exact: true });
    await expect(certificates).toBeVisible();
    const box = await certificates.boundingBox();
    expect(box?.height).toBeGreaterThanOrEqual(72);
    await expectNoAxeViolations(page, 'kiosk start');

    await certificates.tap();
    await expect(page.getByRole('heading', { level: 1, name: 'Per quale comune?' })).toBeVisible();
    await expectNoAxeViolations(page, 'kiosk municipality choice');
    await page.getByRole('button', { name: 'Comune di Cesena' }).tap();

    const number = page.getByTestId('kiosk-number');
    await expect(number).toHaveText(/^[A-Z]\d{3,6}$/);
    const ticket = (await number.textContent()) ?? '';
    await expect(page.getByRole('heading', { level: 1, name: 'Il tuo numero' })).toBeVisible();
    await expect(page.getByTestId('kiosk-ahead')).toHaveText(/^\d+ person[ae] prima di te$/);
    await expect(page.getByTestId('kiosk-wait')).toHaveText(/^Attesa stimata: circa \d+ minuti$/);
    const qr = page.getByRole('img', { name: `Codice QR per seguire il numero ${ticket} sul telefono` });
    await expect(qr).toBeVisible();
    const link = (await qr.getAttribute('data-qr-text')) ?? '';
    expect(link).toMatch(
      new RegExp(`^${s.gateway}/il-mio-numero/${SITE}/${romeDay()}/${ticket}#[A-Za-z0-9_-]{22,}$`),
    );
    expect(await qr.locator('path').getAttribute('d')).toMatch(/^M\d+ \d+h1v1h-1z/);
    await expectNoAxeViolations(page, 'kiosk ticket');

    // the QR code opens the citizen's page of this very ticket
    const phone = await context.newPage();
    await phone.goto(link);
    await expect(phone.getByRole('heading', { level: 1, name: `Numero ${ticket}` })).toBeVisible();
    await expect(phone.getByText(/prima di te|Sei il prossimo/)).toBeVisible();
    await phone.close();

    // the receipt printer gets the site, the date, the time and the number, nothing else
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByTestId('kiosk-receipt')).toBeVisible();
    await expect(page.locator('.kiosk-screen')).toBeHidden();
    const printed = (await page.locator('body').innerText())
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    expect(printed).toEqual([
      'Sede',
      'Sportello polifunzionale di Mercato Saraceno',
      'Data',
      expect.stringMatching(/\d{4}/),
      'Ora',
      expect.stringMatching(/^\d{2}[:.]\d{2}$/),
      'Numero',
      ticket,
    ]);
    const pdf = await page.pdf({ preferCSSPageSize: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
    await page.emulateMedia({ media: 'screen' });

    // untouched, the kiosk starts again for the next person
    await expect(page.getByText(/Torna all’inizio tra \d+ secondi/)).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: /Prendi il numero – / })).toBeVisible({
      timeout: 20_000,
    });
    await expect(number).toHaveCount(0);
  });

  test('speaks English on request and names the number in English', async ({ page }) => {
    await page.goto(`${s.gateway}/sportello/totem/${SITE}`);
    await page.getByRole('button', { name: 'Switch to English' }).tap();
    await expect(page.getByRole('heading', { level: 1, name: /^Take a number – / })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Registry and civil status' })).toBeVisible();
    await page.getByRole('button', { name: 'Certificati anagrafici', exact: true }).tap();
    await page.getByRole('button', { name: 'Comune di Montiano' }).tap();
    await expect(page.getByRole('heading', { level: 1, name: 'Your number' })).toBeVisible();
    await expect(page.getByTestId('kiosk-wait')).toHaveText(/^Estimated wait: about \d+ minutes$/);
    await expectNoAxeViolations(page, 'kiosk ticket, English');
    await page.getByRole('button', { name: 'Done' }).tap();
    await expect(page.getByRole('heading', { level: 1, name: /^Take a number – / })).toBeVisible();
  });
});

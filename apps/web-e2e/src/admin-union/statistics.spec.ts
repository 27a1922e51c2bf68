import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe';
import { api, asUnionAdmin, consoleUrl, eventually, fiscalCode, parseItalianCsv } from './union-admin';

interface Slot {
  site: string;
  start: string;
}
interface Row {
  key: string;
  bookings: { made: number; noShows: number };
}
interface Stats {
  rows: Row[];
  total: Row;
  crossMunicipality: { citizenTenant: string; siteTenant: string; appointments: number }[];
}

const it = (n: number) => new Intl.NumberFormat('it-IT', { maximumFractionDigits: 1 }).format(n);

/** Two Montiano citizens book at the first free slots of the next weeks, at whichever site serves them. */
async function seedBookings(): Promise<string> {
  const from = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
  const to = new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10);
  const service = 'carta-identita-elettronica';
  const { body } = await api<{ slots: Slot[] }>(
    `/scheduling/v1/availability?service=${service}&tenant=montiano&from=${from}&to=${to}`,
  );
  expect(body.slots.length, 'free slots for Montiano').toBeGreaterThan(1);
  const month = body.slots[0]!.start.slice(0, 7);
  const slots = body.slots.filter((s) => s.start.startsWith(month)).slice(0, 2);
  for (const [i, slot] of slots.entries()) {
    const hold = await api<{ holdId: string }>('/scheduling/v1/holds', {
      method: 'POST',
      body: JSON.stringify({ tenant: 'montiano', site: slot.site, start: slot.start, service }),
    });
    expect(hold.status, hold.text).toBe(201);
    const booking = await api('/scheduling/v1/bookings', {
      method: 'POST',
      body: JSON.stringify({
        tenant: 'montiano',
        site: slot.site,
        start: slot.start,
        service,
        holdId: hold.body.holdId,
        citizen: {
          firstName: 'Maria',
          lastName: `Rossi${i}`,
          fiscalCode: fiscalCode(i),
          email: `maria${i}@example.org`,
        },
      }),
    });
    expect(booking.status, booking.text).toBe(201);
  }
  return month;
}

test.describe('the Union statistics', () => {
  test('a month with bookings shows the API numbers in its tables, and its CSV has the same numbers', async ({
    page,
  }) => {
    test.setTimeout(120_000); // up to 45 s for the month's figures to settle
    const month = await seedBookings();
    const [y, m] = month.split('-').map(Number) as [number, number];
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    const q = `from=${month}-01&to=${month}-${last}&groupBy=site`;
    // Earlier tests booked in this month too, and their events may still be on their way to the projection: the
    // figures are taken once two answers 2 s apart agree (the suite's platform runs without the answer cache).
    const read = async () => (await api<Stats>(`/scheduling/v1/statistics?${q}`)).body;
    let previous = await read();
    const stats = await eventually(
      'the statistics of the month to settle',
      async () => {
        await new Promise((r) => setTimeout(r, 2_000));
        const now = await read();
        const settled = JSON.stringify(now) === JSON.stringify(previous) && now.total.bookings.made >= 2;
        previous = now;
        return settled ? now : undefined;
      },
      45_000,
    );

    await asUnionAdmin(page);
    await page.goto(consoleUrl(`/admin/unione/statistiche?dal=${month}&al=${month}&per=site`));
    await expect(page.getByRole('heading', { level: 1, name: 'Statistiche della rete' })).toBeVisible();
    const volumes = page.getByRole('table', { name: 'Volumi' });
    await expect(volumes).toBeVisible();
    // each site's bookings and the total, as the API counts them
    for (const row of stats.rows) {
      await expect(volumes.locator(`tr[data-key="${row.key}"] td`).first()).toHaveText(it(row.bookings.made));
    }
    await expect(volumes.locator('tr[data-key="total"] td').first()).toHaveText(
      it(stats.total.bookings.made),
    );
    await expect(page.locator('#volumes-summary')).toContainText(
      `${it(stats.total.bookings.made)} prenotazioni fatte`,
    );
    // the charts are images named by their sentence, drawn once Chart.js has loaded
    const chart = page.getByRole('img', { name: /^Volumi: / });
    await expect(chart).toBeVisible();
    await expect
      .poll(() => chart.evaluate((c: HTMLCanvasElement) => c.width > 0 && c.toDataURL().length > 2000))
      .toBe(true);
    const flows = stats.crossMunicipality.reduce((n, f) => n + f.appointments, 0);
    if (flows > 0) await expect(page.getByRole('table', { name: 'Flussi tra comuni' })).toBeVisible();
    await expectNoAxeViolations(page, 'the statistics of a month');

    // the CSV is the API's, downloaded through the page
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Scarica CSV', exact: true }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^statistics-site-.*\.csv$/);
    const bytes = readFileSync((await file.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const table = parseItalianCsv(bytes.toString('utf8'));
    const header = table[0]!;
    expect(header[0]).toBe('site');
    const made = header.indexOf('bookingsMade');
    expect(made).toBeGreaterThan(0);
    const total = table.find((r) => r[0] === 'total');
    expect(total?.[made]).toBe(String(stats.total.bookings.made));
    for (const row of stats.rows)
      expect(table.find((r) => r[0] === row.key)?.[made]).toBe(String(row.bookings.made));

    // the flows view has its own CSV from the API, with the same numbers as the JSON
    const flowsDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Scarica CSV dei flussi' }).click();
    const flowsFile = await flowsDownload;
    expect(flowsFile.suggestedFilename()).toMatch(/^statistics-flows-.*\.csv$/);
    const flowsTable = parseItalianCsv(readFileSync((await flowsFile.path())!).toString('utf8'));
    expect(flowsTable[0]).toEqual(['citizenTenant', 'siteTenant', 'appointments', 'completed']);
    for (const f of stats.crossMunicipality)
      expect(
        flowsTable.find((r) => r[0] === f.citizenTenant && r[1] === f.siteTenant)?.[2],
        `${f.citizenTenant} → ${f.siteTenant}`,
      ).toBe(String(f.appointments));
    expect(flowsTable.find((r) => r[0] === 'total')?.[2]).toBe(String(flows));

    // another grouping: by the citizens' municipality
    await page.getByLabel('Raggruppa per').selectOption('tenant');
    await page.getByRole('button', { name: 'Mostra' }).click();
    await expect(page).toHaveURL(/per=tenant/);
    const byTenant = (
      await api<Stats>(`/scheduling/v1/statistics?from=${month}-01&to=${month}-${last}&groupBy=tenant`)
    ).body;
    const montiano = byTenant.rows.find((r) => r.key === 'montiano');
    expect(montiano).toBeDefined();
    await expect(
      page.getByRole('table', { name: 'Volumi' }).locator('tr[data-key="montiano"] td').first(),
    ).toHaveText(it(montiano!.bookings.made));
    await expectNoAxeViolations(page, 'the statistics by municipality');
  });

  test('the facilitation report shows its counts and downloads the API CSV', async ({ page }) => {
    await asUnionAdmin(page);
    const year = new Date().getFullYear();
    await page.goto(consoleUrl(`/admin/unione/facilitazione?dal=${year}-01&al=${year}-12&per=month,tenant`));
    await expect(
      page.getByRole('heading', { level: 1, name: 'Rapporti sulla facilitazione digitale' }),
    ).toBeVisible();
    await expect(page.getByText(/Nessuna facilitazione registrata|In totale/)).toBeVisible();
    await expectNoAxeViolations(page, 'the facilitation report');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Scarica CSV' }).click();
    const bytes = readFileSync((await (await download).path())!);
    const table = parseItalianCsv(bytes.toString('utf8'));
    expect(table[0]).toEqual(['month', 'tenant', 'count']);
  });
});

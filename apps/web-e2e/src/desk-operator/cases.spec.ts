import { expect, test, type APIRequestContext, type BrowserContext, type Page } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe';
import { signedInContext } from '../support/sign-in';
import { state } from '../support/state';

const staff = () => ({ authorization: `Bearer ${state().staffToken}` });
const day = (offset: number) => new Date(Date.now() + offset * 86400000).toISOString().slice(0, 10);

/** Montiano's SPID facilitations recorded around today (the report the Union sends to the Region). */
async function spidFacilitations(request: APIRequestContext): Promise<number> {
  const res = await request.get(`${state().gateway}/assistance/v1/reports/facilitations`, {
    params: { from: day(-1), to: day(1), tenant: 'montiano', groupBy: 'topic' },
    headers: staff(),
  });
  expect(res.status(), await res.text()).toBe(200);
  const { rows } = (await res.json()) as { rows: { topic?: string; count: number }[] };
  return rows.filter((r) => r.topic === 'spid-activation').reduce((n, r) => n + r.count, 0);
}

/** Picks a move by keyboard (Bootstrap Italia draws its own radio over the native one). */
async function choose(page: Page, status: string): Promise<void> {
  const radio = page.getByRole('radio', { name: status });
  await radio.focus();
  await page.keyboard.press('Space');
  await expect(radio).toBeChecked();
}

test.describe.serial('assistance cases at the desk', () => {
  let context: BrowserContext;
  let page: Page;
  let code: string;
  let before: number;

  test.beforeAll(async ({ browser, request }) => {
    // a citizen of Montiano asks for help with SPID through the public API (as the citizen web does)
    const opened = await request.post(`${state().gateway}/assistance/v1/cases`, {
      data: {
        topic: 'spid-activation',
        tenant: 'montiano',
        citizen: {
          firstName: 'Rosa',
          lastName: 'Pratica',
          email: 'rosa.pratica@example.org',
          birthYear: 1952,
        },
        has: ['id-document'],
        channel: 'online',
      },
    });
    expect(opened.status(), await opened.text()).toBe(201);
    code = ((await opened.json()) as { code: string }).code;
    before = await spidFacilitations(request);
    ({ context, page } = await signedInContext(browser, 'operator-cesena-centro', '/sportello/pratiche'));
  });
  test.afterAll(async () => context?.close());

  test('the operator finds the case in the list by status and municipality', async () => {
    await expect(page.getByRole('heading', { level: 1, name: 'Pratiche di assistenza' })).toBeVisible();
    await page.getByLabel('Stato', { exact: true }).selectOption('open');
    await page.getByLabel('Comune', { exact: true }).selectOption('montiano');
    const row = page.getByTestId(`case-${code}`);
    await expect(row).toContainText('Rosa Pratica');
    await expect(row).toContainText('Comune di Montiano');
    await expect(row).toContainText('Attivazione SPID');
    await expect(row).toContainText('Aperta');
    await expectNoAxeViolations(page, 'the list of cases');
    // a status that is not the case's leaves it out
    await page.getByLabel('Stato', { exact: true }).selectOption('resolved');
    await expect(row).toHaveCount(0);
    await page.getByLabel('Stato', { exact: true }).selectOption('open');
    // by keyboard: the case's link opens it
    await row.getByRole('link', { name: `Apri la pratica ${code}` }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: `Pratica ${code}` })).toBeVisible();
  });

  test('the case shows the request, its checklist, and only the moves its status allows', async () => {
    await expect(page.getByTestId('case-status')).toHaveText('Aperta');
    await expect(page.getByText('rosa.pratica@example.org')).toBeVisible();
    await expect(page.getByTestId('case-checklist')).toContainText('Ce l’ha:');
    await expect(page.getByTestId('case-checklist')).toContainText('Manca:');
    await expect(page.getByRole('radio', { name: 'In lavorazione' })).toHaveCount(1);
    await expect(page.getByRole('radio', { name: 'Risolta' })).toHaveCount(0);
    await expectNoAxeViolations(page, 'an open case');
  });

  test('a note that looks like a PIN is refused next to the field, nothing typed lost', async () => {
    await choose(page, 'In lavorazione');
    const note = page.getByLabel('Nota (facoltativa)');
    await note.fill('PIN del cittadino: 4821');
    await page.getByRole('button', { name: 'Registra il passaggio' }).click();
    await expect(page.getByText('La nota sembra contenere una password')).toBeVisible();
    await expect(note).toBeFocused();
    await expect(note).toHaveAttribute('aria-invalid', 'true');
    await expect(note).toHaveValue('PIN del cittadino: 4821');
    await expect(page.getByRole('radio', { name: 'In lavorazione' })).toBeChecked();
    await expect(page.getByTestId('case-status')).toHaveText('Aperta');
    await expectNoAxeViolations(page, 'the refused note');
  });

  test('the operator starts work, then resolves the case with its outcome and facilitation data', async ({
    request,
  }) => {
    const note = page.getByLabel('Nota (facoltativa)');
    await note.fill('Identità verificata allo sportello');
    await page.getByRole('button', { name: 'Registra il passaggio' }).press('Enter');
    await expect(
      page.getByRole('status').filter({ hasText: 'Pratica passata a «In lavorazione»' }),
    ).toBeVisible();
    await expect(page.getByTestId('case-status')).toHaveText('In lavorazione');
    await expect(page.getByTestId('case-history')).toContainText('Identità verificata allo sportello');
    await expect(page.getByRole('radio', { name: 'In lavorazione' })).toHaveCount(0);

    // resolving without an outcome and the facilitation data: each missing field says so
    await choose(page, 'Risolta');
    await page.getByRole('button', { name: 'Registra il passaggio' }).click();
    const outcome = page.getByLabel('Esito', { exact: true });
    await expect(outcome).toBeFocused();
    await expect(page.getByText('Per chiudere la pratica come risolta scegli l’esito.')).toBeVisible();
    await expect(page.getByText('Scegli un valore (anche «Non dichiarato»).')).toHaveCount(6);
    await expectNoAxeViolations(page, 'the resolution form with its errors');

    await outcome.selectOption({ label: 'SPID attivato' });
    await page.getByLabel('Fascia d’età').selectOption({ label: '75 anni e oltre' });
    await page.getByLabel('Genere').selectOption({ label: 'Donna' });
    await page.getByLabel('Titolo di studio').selectOption({ label: 'Licenza media' });
    await page.getByLabel('Condizione lavorativa').selectOption({ label: 'Pensionato' });
    await page.getByLabel('Ambito del servizio').selectOption({ label: 'Identità digitale (SPID, CIE)' });
    await page.getByLabel('Tipo di attività').selectOption({ label: 'Facilitazione individuale' });
    await page.getByRole('button', { name: 'Registra il passaggio' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Pratica passata a «Risolta»' })).toBeVisible();
    await expect(page.getByTestId('case-status')).toHaveText('Risolta');
    await expect(page.getByText('La pratica è chiusa: non si può più spostare.')).toBeVisible();
    await expect(page.getByTestId('case-summary')).toContainText('SPID attivato');
    await expectNoAxeViolations(page, 'a resolved case');

    // the API agrees, and the facilitation report counts it
    const res = await request.get(`${state().gateway}/assistance/v1/cases/${code}`, { headers: staff() });
    expect(res.status()).toBe(200);
    const body = (await res.json()) as { status: string; outcome: string; history: { to: string }[] };
    expect(body).toMatchObject({ status: 'resolved', outcome: 'spid-activated' });
    expect(body.history.map((h) => h.to)).toEqual(['in_progress', 'resolved']);
    await expect.poll(() => spidFacilitations(request)).toBe(before + 1);
  });
});

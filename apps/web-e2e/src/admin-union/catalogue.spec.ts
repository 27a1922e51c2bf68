import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe';
import { api, asUnionAdmin, consoleUrl, eventually } from './union-admin';

interface SearchPage {
  items: { slug: string; title: string }[];
}

const citizenSearch = async (q: string) =>
  (await api<SearchPage>(`/catalogue/v1/services?q=${encodeURIComponent(q)}`)).body.items;

test.describe('the Union catalogue', () => {
  test('the union admin creates a procedure by keyboard, publishes it for the citizens, then retires it', async ({
    page,
  }) => {
    await asUnionAdmin(page);
    const id = Date.now().toString(36);
    const slug = `tessera-biblioteca-${id}`;
    const title = `Tessera della biblioteca ${id}`;

    await page.goto(consoleUrl('/admin/unione/catalogo'));
    await expect(page.getByRole('heading', { level: 1, name: 'Catalogo delle procedure' })).toBeVisible();
    await expect(page.getByRole('list', { name: 'Procedure' })).toBeVisible();
    await expectNoAxeViolations(page, 'the catalogue list');

    await page.getByRole('link', { name: 'Nuova procedura' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Nuova procedura' })).toBeVisible();
    await expect(page.getByLabel(/^Categoria/)).toBeEnabled();
    await expectNoAxeViolations(page, 'the new procedure form');

    // an empty form is refused field by field, the focus on the first wrong field
    await page.getByRole('button', { name: 'Crea la bozza' }).click();
    const slugField = page.getByLabel(/^Codice \(slug\)/);
    await expect(slugField).toBeFocused();
    await expect(slugField).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText('Scrivi il titolo.')).toBeVisible();
    await expectNoAxeViolations(page, 'the new procedure form with its errors');

    // keyboard only from here: type, Tab to the next field, arrows in the select, Enter submits
    await page.keyboard.type(slug);
    await page.keyboard.press('Tab'); // the slug's hint is text: next is the title
    await expect(page.getByLabel(/^Titolo/)).toBeFocused();
    await page.keyboard.type(title);
    await page.keyboard.press('Tab');
    await page.keyboard.type('Richiesta della tessera per il prestito nelle biblioteche del territorio.');
    await page.keyboard.press('Tab');
    await expect(page.getByLabel(/^Categoria/)).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(page.getByLabel(/^Categoria/)).not.toHaveValue('');
    await page.getByLabel('A chi è rivolto').focus();
    await page.keyboard.type('Chiunque abiti o studi nel territorio.');
    await page.getByLabel('Cosa serve').focus();
    await page.keyboard.type('Documento di identità');
    await page.getByLabel(/^Durata allo sportello/).focus();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('15');
    await page.keyboard.press('Enter');

    await expect(page.getByRole('heading', { level: 1, name: `Scheda: ${title}` })).toBeVisible();
    await expect(page.getByText('Bozza creata.', { exact: false })).toBeVisible();
    await expect(page.getByText('Bozza', { exact: true })).toBeVisible();
    await expect(page.getByLabel('A chi è rivolto')).toHaveValue('Chiunque abiti o studi nel territorio.');
    await expectNoAxeViolations(page, 'a draft card');
    expect((await citizenSearch(title)).map((h) => h.slug)).not.toContain(slug);

    // publish, through the confirmation dialog (Escape cancels first)
    const publish = page.getByRole('button', { name: 'Pubblica' });
    await publish.click();
    const dialog = page.getByRole('dialog', { name: 'Pubblicare la procedura?' });
    await expect(dialog).toBeVisible();
    await expectNoAxeViolations(page, 'the publish confirmation');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(publish).toBeFocused();
    await publish.click();
    await dialog.getByRole('button', { name: 'Pubblica' }).click();
    await expect(page.getByText('Procedura pubblicata', { exact: false })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Esportazione CPSV-AP (JSON-LD)' })).toHaveAttribute(
      'href',
      `/catalogue/v1/services/${slug}.jsonld`,
    );
    await expectNoAxeViolations(page, 'a published card');
    await eventually('the card in the citizen search', async () =>
      (await citizenSearch(title)).some((h) => h.slug === slug) ? true : undefined,
    );
    // and in the catalogue's list, which is the same public search
    await page.goto(`${consoleUrl('/admin/unione/catalogo')}?q=${encodeURIComponent(title)}`);
    await expect(page.getByRole('link', { name: title })).toBeVisible();

    // retire
    await page.getByRole('link', { name: title }).click();
    await page.getByRole('button', { name: 'Ritira' }).click();
    const retire = page.getByRole('dialog', { name: 'Ritirare la procedura?' });
    await expect(retire).toContainText('Il ritiro non si annulla');
    await retire.getByRole('button', { name: 'Ritira' }).click();
    await expect(page.getByText('Procedura ritirata', { exact: false })).toBeVisible();
    await expect(page.getByText('Ritirata', { exact: true })).toBeVisible();
    await expectNoAxeViolations(page, 'a retired card');
    await eventually('the card gone from the citizen search', async () =>
      (await citizenSearch(title)).some((h) => h.slug === slug) ? undefined : true,
    );
  });
});

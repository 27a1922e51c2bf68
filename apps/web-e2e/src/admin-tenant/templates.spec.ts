import { expect, test, type APIRequestContext } from '@playwright/test';
import { fiscalCode, SERVICE, uniqueEmail, waitForMail } from '../citizen-book/booking-support';
import { expectNoAxeViolations } from '../support/axe';
import { signIn } from '../support/sign-in';
import { state } from '../support/state';

const TEMPLATE = '/notifications/v1/tenants/montiano/templates/scheduling.booking.created/email/it';

/** A Montiano citizen books the first free CIE slot at Cesena's centre through the public API; the booking code. */
async function book(request: APIRequestContext, email: string): Promise<string> {
  const s = state();
  const day = (d: number) => new Date(Date.now() + d * 86_400_000).toISOString().slice(0, 10);
  for (let from = 1; from < 60; from += 14) {
    const res = await request.get(`${s.gateway}/scheduling/v1/availability`, {
      params: {
        service: SERVICE,
        tenant: 'montiano',
        site: 'cesena-centro',
        from: day(from),
        to: day(from + 13),
      },
    });
    expect(res.status()).toBe(200);
    const { slots } = (await res.json()) as { slots: { site: string; start: string; available: number }[] };
    const slot = slots.find((x) => x.available > 0 && x.site === 'cesena-centro');
    if (!slot) continue;
    const booked = await request.post(`${s.gateway}/scheduling/v1/bookings`, {
      data: {
        service: SERVICE,
        tenant: 'montiano',
        site: 'cesena-centro',
        start: slot.start,
        citizen: { firstName: 'Giulia', lastName: 'Modelli', fiscalCode: fiscalCode(), email },
      },
    });
    expect(booked.status(), await booked.text()).toBe(201);
    return ((await booked.json()) as { code: string }).code;
  }
  throw new Error('no free CIE slot at cesena-centro');
}

test.describe("a municipality's message templates", () => {
  test.afterAll(async ({ request }) => {
    // whatever happened, Montiano's confirmation is the default again for the other specs
    const res = await request.delete(`${state().gateway}${TEMPLATE}`, {
      headers: { authorization: `Bearer ${state().staffToken}` },
    });
    expect(res.status()).toBe(204);
  });

  test('an override, previewed live and refused while broken, changes the next confirmation e-mail; reset restores the default', async ({
    page,
    request,
  }) => {
    await signIn(page, 'tenant-admin-montiano', '/sportello/admin/modelli');
    await expect(page.getByRole('heading', { level: 1, name: 'Modelli dei messaggi' })).toBeVisible();
    await expect(page.getByLabel('Evento')).toHaveValue('scheduling.booking.created');
    await expect(page.getByText('In uso: il modello predefinito')).toBeVisible();
    await expect(page.getByTestId('template-default')).toContainText('Appuntamento confermato {{code}}');
    await expect(page.getByText('{{manageLink}}', { exact: true })).toBeVisible();
    // the preview of the template in force, with sample data
    await expect(page.getByTestId('template-preview')).toContainText('Appuntamento confermato K7Q2XM');
    await expectNoAxeViolations(page, 'the templates page');

    // a broken template: the preview says why, and saving is refused with the reason
    const subject = page.getByLabel('Oggetto', { exact: true });
    await subject.fill('Montiano {{code');
    await expect(page.getByText(/Il modello ha un errore: subject does not compile/)).toBeVisible();
    await page.getByRole('button', { name: 'Salva il modello' }).click();
    await expect(page.getByText(/Il modello non è stato salvato: subject does not compile/)).toBeVisible();
    await expectNoAxeViolations(page, 'a broken template refused');

    // a working override, previewed as typed, saved by keyboard
    await subject.fill('Montiano ti aspetta {{code}}');
    const body = page.getByLabel('Testo', { exact: true });
    await body.fill('Ciao {{firstName}}, a presto il {{date}} alle {{time}}.');
    const preview = page.getByTestId('template-preview');
    await expect(preview).toContainText('Montiano ti aspetta K7Q2XM');
    await expect(preview).toContainText('Ciao Maria, a presto il 12/03/2027 alle 09:30.');
    await page.getByRole('button', { name: 'Salva il modello' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByText('Modello salvato: i prossimi messaggi useranno questo testo.')).toBeVisible();
    await expect(page.getByText('In uso: il modello modificato dal comune.')).toBeVisible();
    // the shipped default stays beside the override
    await expect(page.getByTestId('template-default')).toContainText('Appuntamento confermato {{code}}');
    await expectNoAxeViolations(page, 'the override saved');

    const first = uniqueEmail('modello');
    const code = await book(request, first);
    const mail = await waitForMail(request, first, `Montiano ti aspetta ${code}`);
    expect(mail.text).toContain('Ciao Giulia, a presto il');

    // reset to the default: the form shows it again and the next confirmation uses it
    await page.getByRole('button', { name: 'Ripristina il predefinito' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByText('Ripristinato il modello predefinito.')).toBeVisible();
    await expect(subject).toHaveValue('Appuntamento confermato {{code}}');
    await expect(page.getByText('In uso: il modello predefinito')).toBeVisible();
    const second = uniqueEmail('modello');
    const code2 = await book(request, second);
    const restored = await waitForMail(request, second, `Appuntamento confermato ${code2}`);
    expect(restored.text).toContain('Gentile Giulia Modelli');
  });
});

// @vitest-environment jsdom
import { createApiClients } from '@facile/web/api-client';
import { createI18n, deskResources } from '@facile/web/i18n';
import { preloadShellIcons } from '@facile/web/ui';
import { QueryClient } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { UserManager } from 'oidc-client-ts';
import { MemoryRouter } from 'react-router';
import { beforeAll, describe, expect, it } from 'vitest';
import { App } from '../../app';

const TENANTS = {
  items: [
    {
      id: 'unione',
      name: 'Unione Valle del Savio',
      kind: 'union',
      istatCode: null,
      province: 'FC',
      population: 1,
    },
    {
      id: 'montiano',
      name: 'Comune di Montiano',
      kind: 'municipality',
      istatCode: '040022',
      province: 'FC',
      population: 1694,
    },
  ],
};
const HIT = {
  slug: 'carta-identita-elettronica',
  title: 'Rilascio CIE',
  summary: 'CIE',
  category: 'anagrafe-stato-civile',
  bookable: true,
  tenants: ['montiano'],
};
const OFFERING = {
  tenant: 'montiano',
  enabled: true,
  feeCents: 2221,
  onlineUrl: null,
  notes: null,
  durationMinutes: null,
};
const CARD = {
  ...HIT,
  version: 3,
  status: 'published',
  lifeEvents: [],
  keywords: [],
  walkIn: false,
  durationMinutes: 20,
  sections: {},
  offerings: [OFFERING],
};

function json(status: number, body: unknown) {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': status < 400 ? 'application/json' : 'application/problem+json' },
  });
}

function api(puts: unknown[], putStatus = 200) {
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(String(input), init);
    const url = new URL(request.url);
    if (url.pathname === '/catalogue/v1/tenants') return json(200, TENANTS);
    if (url.pathname === '/catalogue/v1/services')
      return json(200, { items: [HIT], total: 1, page: 1, pageSize: 100 });
    if (url.pathname === `/catalogue/v1/services/${HIT.slug}`) return json(200, CARD);
    if (url.pathname === `/catalogue/v1/tenants/montiano/offerings/${HIT.slug}` && request.method === 'PUT') {
      const body = (await request.json()) as typeof OFFERING;
      puts.push(body);
      if (putStatus !== 200)
        return json(putStatus, {
          type: 'about:blank',
          title: 'Conflict',
          status: putStatus,
          detail: 'changed',
          errors: [],
        });
      return json(200, { ...CARD, version: 4, offerings: [{ ...OFFERING, ...body }] });
    }
    return new Response('', { status: 404 });
  };
  return fetch as typeof globalThis.fetch;
}

const b64 = (v: unknown) => btoa(JSON.stringify(v)).replace(/=+$/, '');
/** A signed-in Montiano tenant admin, as the console's user manager would hand it over. */
function fakeManager(): UserManager {
  const token = `${b64({ alg: 'none' })}.${b64({ preferred_username: 'tenant-admin-montiano', realm_access: { roles: ['tenant-admin'] }, tenants: ['montiano'] })}.x`;
  const noop = () => undefined;
  return {
    getUser: () => Promise.resolve({ access_token: token, expired: false, profile: {} }),
    events: {
      addUserLoaded: noop,
      addUserUnloaded: noop,
      addUserSignedOut: noop,
      addAccessTokenExpired: noop,
      removeUserLoaded: noop,
      removeUserUnloaded: noop,
      removeUserSignedOut: noop,
      removeAccessTokenExpired: noop,
    },
  } as unknown as UserManager;
}

function renderAdmin(fetch: typeof globalThis.fetch) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <MemoryRouter basename="/sportello" initialEntries={['/sportello/admin/offerte']}>
      <App
        i18n={createI18n({ bundle: deskResources, language: 'it' })}
        clients={createApiClients({ fetch })}
        queryClient={queryClient}
        userManager={fakeManager()}
      />
    </MemoryRouter>,
  );
}

describe('offerings page', () => {
  beforeAll(async () => {
    await preloadShellIcons();
  });

  it('offers only municipalities, and saves a fee typed in euro as cents', async () => {
    const user = userEvent.setup();
    const puts: unknown[] = [];
    renderAdmin(api(puts));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Procedimenti offerti' }),
    ).toBeInTheDocument();
    const picker = await screen.findByRole('combobox', { name: 'Comune' });
    expect(
      within(picker)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Comune di Montiano']);
    expect(screen.getByRole('navigation', { name: 'Sezioni dell’amministrazione' })).toHaveTextContent(
      'Calendario condiviso',
    );
    await user.click(await screen.findByRole('button', { name: 'Modifica “Rilascio CIE”' }));
    const fee = await screen.findByRole('textbox', { name: 'Costo per il cittadino' });
    expect(fee).toHaveValue('22,21 €');
    await user.clear(fee);
    await user.type(fee, '12,50');
    await user.click(screen.getByRole('checkbox', { name: 'Il comune offre questo procedimento' }));
    await user.click(screen.getByRole('button', { name: 'Salva l’offerta' }));
    expect(await screen.findByText('Offerta salvata: i cittadini la vedono già.')).toBeInTheDocument();
    expect(puts).toEqual([
      { enabled: false, feeCents: 1250, onlineUrl: null, notes: null, durationMinutes: null },
    ]);
  });

  it('refuses a fee that is not an amount, tied to its field, and keeps what was typed', async () => {
    const user = userEvent.setup();
    const puts: unknown[] = [];
    renderAdmin(api(puts));
    await user.click(await screen.findByRole('button', { name: 'Modifica “Rilascio CIE”' }));
    const fee = await screen.findByRole('textbox', { name: 'Costo per il cittadino' });
    await user.clear(fee);
    await user.type(fee, 'dodici');
    await user.click(screen.getByRole('button', { name: 'Salva l’offerta' }));
    expect(fee).toHaveAttribute('aria-invalid', 'true');
    expect(fee).toHaveAccessibleDescription(
      expect.stringContaining('Scrivi il costo in euro, per esempio 12,50.'),
    );
    expect(fee).toHaveValue('dodici');
    expect(puts).toEqual([]);
  });

  it('says when somebody else changed the offering meanwhile', async () => {
    const user = userEvent.setup();
    const puts: unknown[] = [];
    renderAdmin(api(puts, 409));
    await user.click(await screen.findByRole('button', { name: 'Modifica “Rilascio CIE”' }));
    await screen.findByRole('textbox', { name: 'Costo per il cittadino' });
    await user.click(screen.getByRole('button', { name: 'Salva l’offerta' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Qualcun altro ha modificato questa offerta');
  });
});

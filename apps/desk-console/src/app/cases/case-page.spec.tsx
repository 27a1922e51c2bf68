// @vitest-environment jsdom
import { createApiClients } from '@facile/web/api-client';
import { createI18n, deskResources } from '@facile/web/i18n';
import { preloadShellIcons } from '@facile/web/ui';
import { QueryClient } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { UserManager } from 'oidc-client-ts';
import { MemoryRouter } from 'react-router';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../app';
import type { Case } from './case-model';

const CASE: Case = {
  code: 'K7MA-QX94',
  topic: 'spid-activation',
  tenant: 'montiano',
  channel: 'online',
  status: 'open',
  outcome: null,
  bookingCode: null,
  noShows: 0,
  checklist: [{ id: 'id-document', label: 'Documento', satisfied: true }],
  missing: [],
  nextSteps: [],
  citizen: { firstName: 'Rosa', lastName: 'Verdi' },
  createdAt: '2027-04-06T07:00:00.000Z',
  closedAt: null,
  history: [],
  allowedTransitions: ['scheduled', 'in_progress', 'abandoned', 'cancelled'],
};

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': status < 400 ? 'application/json' : 'application/problem+json' },
  });
const problem = (status: number) =>
  json(status, { type: 'about:blank', title: 'x', status, detail: '', errors: [] });

/** The transitions endpoint answers from this list, in turn ('network': no answer at all). */
let answers: (number | 'network')[] = [];
let current: Case = CASE;
const sent: unknown[] = [];

const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
  const request = input instanceof Request ? input : new Request(String(input), init);
  const url = new URL(request.url);
  if (url.pathname === '/catalogue/v1/tenants')
    return json(200, {
      items: [
        {
          id: 'montiano',
          name: 'Comune di Montiano',
          kind: 'municipality',
          istatCode: '040022',
          province: 'FC',
          population: 1,
        },
      ],
    });
  if (url.pathname === '/assistance/v1/topics')
    return json(200, [
      {
        id: 'spid-activation',
        title: { it: 'Attivazione SPID', en: 'SPID' },
        durationMinutes: 20,
        prerequisites: [],
      },
    ]);
  if (url.pathname === `/assistance/v1/cases/${CASE.code}`) return json(200, current);
  if (url.pathname === `/assistance/v1/cases/${CASE.code}/transitions`) {
    sent.push(await request.json());
    const answer = answers.shift() ?? 200;
    if (answer === 'network') throw new TypeError('Failed to fetch');
    if (answer !== 200) return problem(answer);
    current = {
      ...current,
      status: 'in_progress',
      allowedTransitions: ['resolved', 'referred', 'abandoned'],
    };
    return json(200, current);
  }
  return new Response('', { status: 404 });
}) as typeof globalThis.fetch;

const b64 = (v: unknown) => btoa(JSON.stringify(v)).replace(/=+$/, '');
function fakeManager(): UserManager {
  const token = `${b64({ alg: 'none' })}.${b64({ preferred_username: 'operator-cesena-centro', realm_access: { roles: ['operator'] }, sites: ['cesena-centro'] })}.x`;
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

function renderCase() {
  render(
    <MemoryRouter basename="/sportello" initialEntries={[`/sportello/pratiche/${CASE.code}`]}>
      <App
        i18n={createI18n({ bundle: deskResources, language: 'it' })}
        clients={createApiClients({ fetch })}
        queryClient={
          new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } })
        }
        userManager={fakeManager()}
      />
    </MemoryRouter>,
  );
}

describe('the case page', () => {
  beforeAll(async () => {
    await preloadShellIcons();
  });
  beforeEach(() => {
    answers = [];
    current = CASE;
    sent.length = 0;
    sessionStorage.clear();
  });

  it('offers only the allowed moves, and asks for the move before sending', async () => {
    const user = userEvent.setup();
    renderCase();
    expect(await screen.findByRole('heading', { level: 1, name: 'Pratica K7MA-QX94' })).toBeInTheDocument();
    expect((await screen.findAllByRole('radio')).map((r) => r.getAttribute('value'))).toEqual([
      'scheduled',
      'in_progress',
      'abandoned',
      'cancelled',
    ]);
    expect(screen.queryByRole('radio', { name: 'Risolta' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Registra il passaggio' }));
    expect(await screen.findByText('Scegli il nuovo stato.')).toBeInTheDocument();
    expect(sent).toEqual([]);
  });

  it('a concurrent change (409) says so, reloads the case and keeps what was typed', async () => {
    const user = userEvent.setup();
    answers = [409];
    renderCase();
    await user.click(await screen.findByRole('radio', { name: 'In lavorazione' }));
    await user.type(screen.getByRole('textbox', { name: 'Nota (facoltativa)' }), 'allo sportello');
    await user.click(screen.getByRole('button', { name: 'Registra il passaggio' }));
    expect(await screen.findByText(/qualcuno ha cambiato questa pratica/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Ricarica la pratica' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Nota (facoltativa)' })).toHaveValue('allo sportello');
  });

  it('no answer (network) keeps the form and offers to try again, which then goes through', async () => {
    const user = userEvent.setup();
    answers = ['network', 200];
    renderCase();
    await user.click(await screen.findByRole('radio', { name: 'In lavorazione' }));
    await user.type(screen.getByRole('textbox', { name: 'Nota (facoltativa)' }), 'allo sportello');
    await user.click(screen.getByRole('button', { name: 'Registra il passaggio' }));
    expect(await screen.findByText(/Nessuna risposta dal servizio/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Riprova' }));
    expect(await screen.findByText('Pratica passata a «In lavorazione».')).toBeInTheDocument();
    expect(sent).toEqual([
      { to: 'in_progress', note: 'allo sportello' },
      { to: 'in_progress', note: 'allo sportello' },
    ]);
    expect(await screen.findByRole('radio', { name: 'Risolta' })).toBeInTheDocument();
  });

  it('a 403 says whose cases these are and leads back to the list', async () => {
    const user = userEvent.setup();
    answers = [403];
    renderCase();
    await user.click(await screen.findByRole('radio', { name: 'Abbandonata' }));
    await user.click(screen.getByRole('button', { name: 'Registra il passaggio' }));
    expect(await screen.findByText(/Non puoi lavorare le pratiche di questo comune/)).toBeInTheDocument();
    expect(screen.getAllByRole('link', { name: 'Torna all’elenco delle pratiche' })).toHaveLength(2);
  });
});

// @vitest-environment jsdom
import { createApiClients } from '@facile/web/api-client';
import { createI18n, deskResources } from '@facile/web/i18n';
import { preloadShellIcons } from '@facile/web/ui';
import { QueryClient } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { beforeAll, describe, expect, it } from 'vitest';
import { App } from './app';

const TENANTS = {
  items: [
    {
      id: 'cesena',
      name: 'Comune di Cesena',
      kind: 'municipality',
      istatCode: '040007',
      province: 'FC',
      population: 96037,
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

function catalogue(status: number, body: unknown) {
  const fetch = async (input: RequestInfo | URL) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (url.pathname !== '/catalogue/v1/tenants') return new Response('', { status: 404 });
    return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  };
  return fetch as typeof globalThis.fetch;
}

/** The console as the gateway serves it: under /sportello/. */
function renderConsole(path: string, fetch: typeof globalThis.fetch) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <MemoryRouter basename="/sportello" initialEntries={[`/sportello${path}`]}>
      <App
        i18n={createI18n({ bundle: deskResources, language: 'it' })}
        clients={createApiClients({ fetch })}
        queryClient={queryClient}
      />
    </MemoryRouter>,
  );
}

describe('desk console', () => {
  beforeAll(async () => {
    await preloadShellIcons();
  });

  it('lists the municipalities from the catalogue, linking under /sportello/', async () => {
    renderConsole('/', catalogue(200, TENANTS));
    expect(within(screen.getByRole('banner')).getByText('Console dello sportello')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Comuni serviti' })).toBeInTheDocument();
    const list = await screen.findByRole('list', { name: 'Comuni' });
    expect(within(list).getByRole('link', { name: 'Comune di Montiano' })).toHaveAttribute(
      'href',
      '/sportello/comuni/montiano',
    );
    expect(document.title).toBe('Comuni serviti · Sportello FACILE Territoriale');
  });

  it("opens a municipality's page, its name in the header, in English too", async () => {
    const user = userEvent.setup();
    renderConsole('/comuni/cesena', catalogue(200, TENANTS));
    expect(await screen.findByRole('heading', { level: 1, name: 'Comune di Cesena' })).toBeInTheDocument();
    expect(within(screen.getByRole('banner')).getByText('Comune di Cesena')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Lingua ITA' }));
    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(
      screen.getByText('Soon you will find here the queues, appointments and cases of Comune di Cesena.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'All municipalities' })).toHaveAttribute('href', '/sportello');
    expect(document.documentElement.lang).toBe('en');
  });

  it('shows a retry when the catalogue refuses to answer', async () => {
    renderConsole(
      '/',
      catalogue(429, { type: 'about:blank', title: 'Too Many Requests', status: 429, detail: 'slow down' }),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Troppe richieste in poco tempo. Attendi qualche secondo e riprova.',
    );
    expect(screen.getByRole('button', { name: 'Riprova' })).toBeInTheDocument();
  });

  it('answers an unknown address with the page-not-found page', () => {
    renderConsole('/code/inesistente', catalogue(200, TENANTS));
    expect(screen.getByRole('heading', { level: 1, name: 'Pagina non trovata' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Torna alla pagina iniziale' })).toHaveAttribute(
      'href',
      '/sportello',
    );
  });
});

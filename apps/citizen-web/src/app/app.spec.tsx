// @vitest-environment jsdom
import { createApiClients } from '@facile/web/api-client';
import { citizenResources, createI18n } from '@facile/web/i18n';
import { preloadShellIcons } from '@facile/web/ui';
import { QueryClient } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { beforeAll, describe, expect, it } from 'vitest';
import { App } from './app';

const TENANTS = {
  items: [
    { id: 'unione-valle-savio', name: 'Unione dei Comuni della Valle del Savio', kind: 'union' },
    {
      id: 'cesena',
      name: 'Comune di Cesena',
      kind: 'municipality',
      istatCode: '040007',
      province: 'FC',
      population: 96037,
    },
    {
      id: 'verghereto',
      name: 'Comune di Verghereto',
      kind: 'municipality',
      istatCode: '040050',
      province: 'FC',
      population: 1803,
    },
  ],
};

type Answer = { status: number; body: unknown; type?: string };

/** The catalogue as a fetch that gives these answers in turn (the last one again and again). */
function catalogue(...answers: Answer[]) {
  const calls: string[] = [];
  const fetch = async (input: RequestInfo | URL) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    calls.push(url.pathname);
    if (url.pathname !== '/catalogue/v1/tenants') return new Response('', { status: 404 });
    const answer = answers[Math.min(calls.length - 1, answers.length - 1)] ?? { status: 500, body: {} };
    return new Response(JSON.stringify(answer.body), {
      status: answer.status,
      headers: { 'content-type': answer.type ?? 'application/json' },
    });
  };
  return { calls, fetch: fetch as typeof globalThis.fetch };
}

function renderApp(path: string, fetch: typeof globalThis.fetch) {
  // no automatic retries here: the tests press the retry button themselves
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const i18n = createI18n({ bundle: citizenResources, language: 'it' });
  render(
    <MemoryRouter initialEntries={[path]}>
      <App i18n={i18n} clients={createApiClients({ fetch })} queryClient={queryClient} />
    </MemoryRouter>,
  );
}

const unavailable = {
  status: 503,
  type: 'application/problem+json',
  body: { type: 'about:blank', title: 'Service Unavailable', status: 503, detail: 'database down' },
};

describe('citizen web', () => {
  beforeAll(async () => {
    await preloadShellIcons();
  });

  it('lists the tenants the catalogue answers, each a link to its page, after a loading state', async () => {
    const api = catalogue({ status: 200, body: TENANTS });
    renderApp('/', api.fetch);
    expect(screen.getByRole('heading', { level: 1, name: "I comuni dell'Unione" })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Caricamento in corso…');
    const list = await screen.findByRole('list', { name: 'Comuni' });
    expect(
      within(list)
        .getAllByRole('link')
        .map((a) => [a.textContent, a.getAttribute('href')]),
    ).toEqual([
      ['Unione dei Comuni della Valle del Savio', '/comuni/unione-valle-savio'],
      ['Comune di Cesena', '/comuni/cesena'],
      ['Comune di Verghereto', '/comuni/verghereto'],
    ]);
    expect(list).toHaveTextContent('1803 abitanti'); // CLDR: Italian groups from five digits
    expect(screen.getByText(/^Aggiornato alle \d\d:\d\d$/)).toBeInTheDocument();
    expect(api.calls).toEqual(['/catalogue/v1/tenants']);
    expect(document.title).toBe("I comuni dell'Unione · Sportello FACILE Territoriale");
  });

  it('says the service is unavailable in words a citizen understands, and the retry button loads the list', async () => {
    const api = catalogue(unavailable, { status: 200, body: TENANTS });
    renderApp('/', api.fetch);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'Il servizio non è disponibile in questo momento. Riprova tra qualche minuto.',
    );
    expect(alert).not.toHaveTextContent('database down');
    await userEvent.click(within(alert).getByRole('button', { name: 'Riprova' }));
    expect(await screen.findByRole('link', { name: 'Comune di Cesena' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(api.calls).toHaveLength(2);
  });

  it('says so when there is no tenant to show', async () => {
    renderApp('/', catalogue({ status: 200, body: { items: [] } }).fetch);
    expect(await screen.findByText('Nessun comune da mostrare per ora.')).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Comuni' })).not.toBeInTheDocument();
  });

  it('switches the whole page to English, <html lang> and the document title included', async () => {
    const user = userEvent.setup();
    renderApp('/', catalogue({ status: 200, body: TENANTS }).fetch);
    await screen.findByRole('list', { name: 'Comuni' });
    await user.click(screen.getByRole('button', { name: 'Lingua ITA' }));
    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(
      screen.getByRole('heading', { level: 1, name: 'The municipalities of the Union' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Municipalities' })).toHaveTextContent('96,037 inhabitants');
    expect(document.documentElement.lang).toBe('en');
    expect(document.title).toBe('The municipalities of the Union · Sportello FACILE Territoriale');
  });

  it("names the municipality in the header on its page, and goes back to the list through the app's own links", async () => {
    const user = userEvent.setup();
    renderApp('/comuni/cesena', catalogue({ status: 200, body: TENANTS }).fetch);
    expect(await screen.findByRole('heading', { level: 1, name: 'Comune di Cesena' })).toBeInTheDocument();
    expect(within(screen.getByRole('banner')).getByText('Comune di Cesena')).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Tutti i comuni' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: "I comuni dell'Unione" }),
    ).toBeInTheDocument();
    expect(within(screen.getByRole('banner')).queryByText('Comune di Cesena')).not.toBeInTheDocument();
    expect(screen.getByRole('main')).toHaveFocus();
  });

  it('answers an unknown address with the page-not-found page', () => {
    renderApp('/nessuna/pagina', catalogue({ status: 200, body: TENANTS }).fetch);
    expect(screen.getByRole('heading', { level: 1, name: 'Pagina non trovata' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Torna alla pagina iniziale' })).toHaveAttribute('href', '/');
  });

  it('answers a procedure the catalogue does not know with the page-not-found page', async () => {
    renderApp('/servizi/inesistente', catalogue({ status: 200, body: TENANTS }).fetch);
    expect(await screen.findByRole('heading', { level: 1, name: 'Pagina non trovata' })).toBeInTheDocument();
  });

  it('answers a municipality that is not in the Union with the page-not-found page', async () => {
    renderApp('/comuni/rimini', catalogue({ status: 200, body: TENANTS }).fetch);
    expect(await screen.findByRole('heading', { level: 1, name: 'Pagina non trovata' })).toBeInTheDocument();
  });
});

// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { createApiClients } from './clients';

function recordingFetch(answer: () => Response) {
  const urls: string[] = [];
  const fetch = async (input: RequestInfo | URL) => {
    urls.push(input instanceof Request ? input.url : String(input));
    return answer();
  };
  return { urls, fetch: fetch as typeof globalThis.fetch };
}

const json = (body: unknown) =>
  new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });

describe('createApiClients', () => {
  it("calls the API on the page's own origin by default", async () => {
    const { urls, fetch } = recordingFetch(() => json({ items: [] }));
    const api = createApiClients({ fetch });
    await api.catalogue.GET('/catalogue/v1/tenants');
    expect(urls).toEqual([`${location.origin}/catalogue/v1/tenants`]);
  });

  it("calls another origin when embedded in a municipality's own site", async () => {
    const { urls, fetch } = recordingFetch(() => json({ items: [] }));
    const api = createApiClients({ baseUrl: 'https://sportellofacile.example.it/', fetch });
    await api.catalogue.GET('/catalogue/v1/tenants/{tenant}', { params: { path: { tenant: 'cesena' } } });
    await api.scheduling.GET('/scheduling/v1/sites');
    expect(urls).toEqual([
      'https://sportellofacile.example.it/catalogue/v1/tenants/cesena',
      'https://sportellofacile.example.it/scheduling/v1/sites',
    ]);
  });

  it('sends the bearer token it is given and reports a 401 to a request that carried one', async () => {
    const seen: (string | null)[] = [];
    let unauthorized = 0;
    const fetch = (async (input: RequestInfo | URL) => {
      seen.push(input instanceof Request ? input.headers.get('authorization') : null);
      return new Response('{}', { status: 401, headers: { 'content-type': 'application/problem+json' } });
    }) as typeof globalThis.fetch;
    const api = createApiClients({ fetch, getToken: () => 'abc', onUnauthorized: () => unauthorized++ });
    await api.scheduling.GET('/scheduling/v1/sites');
    expect(seen).toEqual(['Bearer abc']);
    expect(unauthorized).toBe(1);
    const anonymous = createApiClients({ fetch, getToken: () => null, onUnauthorized: () => unauthorized++ });
    await anonymous.scheduling.GET('/scheduling/v1/sites');
    expect(seen).toEqual(['Bearer abc', null]);
    expect(unauthorized).toBe(1);
  });
});

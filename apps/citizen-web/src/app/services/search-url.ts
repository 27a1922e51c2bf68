import type { SearchParams } from './catalogue-queries';

/**
 * The Servizi page's state lives in its URL (Italian names, so a shared link reads well): `q`, `categoria`,
 * `evento`, `comune`, `modalita` (`appuntamento` | `libero`), `pagina`.
 */
export function searchFromUrl(url: URLSearchParams): SearchParams {
  const mode = url.get('modalita');
  const page = Number(url.get('pagina'));
  return {
    q: url.get('q') ?? '',
    category: url.get('categoria') || undefined,
    lifeEvent: url.get('evento') || undefined,
    tenant: url.get('comune') || undefined,
    bookable: mode === 'appuntamento' ? true : mode === 'libero' ? false : undefined,
    page: Number.isInteger(page) && page >= 1 ? page : 1,
  };
}

export function urlFromSearch(search: SearchParams): URLSearchParams {
  const url = new URLSearchParams();
  if (search.q.trim()) url.set('q', search.q);
  if (search.category) url.set('categoria', search.category);
  if (search.lifeEvent) url.set('evento', search.lifeEvent);
  if (search.tenant) url.set('comune', search.tenant);
  if (search.bookable !== undefined) url.set('modalita', search.bookable ? 'appuntamento' : 'libero');
  if (search.page > 1) url.set('pagina', String(search.page));
  return url;
}

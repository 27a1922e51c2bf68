import { describe, expect, it } from 'vitest';
import { searchFromUrl, urlFromSearch } from './search-url';

describe('the Servizi page URL', () => {
  it('reads every filter and the page, with defaults for what is absent or wrong', () => {
    expect(
      searchFromUrl(
        new URLSearchParams(
          'q=carta+identita&categoria=anagrafe-stato-civile&comune=cesena&modalita=libero&pagina=3',
        ),
      ),
    ).toEqual({
      q: 'carta identita',
      category: 'anagrafe-stato-civile',
      lifeEvent: undefined,
      tenant: 'cesena',
      bookable: false,
      page: 3,
    });
    expect(searchFromUrl(new URLSearchParams('pagina=-2&modalita=boh'))).toEqual({
      q: '',
      category: undefined,
      lifeEvent: undefined,
      tenant: undefined,
      bookable: undefined,
      page: 1,
    });
  });

  it('writes only what is set, and reads back the same search', () => {
    const search = { q: 'resdenza', lifeEvent: 'cambio-residenza', bookable: true, page: 1 };
    const url = urlFromSearch(search);
    expect(url.toString()).toBe('q=resdenza&evento=cambio-residenza&modalita=appuntamento');
    expect(searchFromUrl(url)).toEqual({ ...search, category: undefined, tenant: undefined });
  });
});

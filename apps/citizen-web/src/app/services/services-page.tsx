import { useApiClients } from '@facile/web/api-client';
import { useLanguage } from '@facile/web/i18n';
import { ErrorState, LoadingState, useDocumentTitle } from '@facile/web/ui';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { paths } from '../layout/paths';
import { categoriesQuery, searchQuery, type SearchParams } from './catalogue-queries';
import { SearchFilters } from './search-filters';
import { searchFromUrl, urlFromSearch } from './search-url';
import { ServiceResults } from './service-results';
import { useDebounced } from './use-debounced';

/** Typing waits this long before it searches (and the search it replaces is aborted). */
const DEBOUNCE_MS = 300;

/**
 * Servizi: every procedure of every municipality, searched as typed and filtered, one page at a time. The
 * search lives in the URL (a link shares it, the back button goes back through it).
 */
export function ServicesPage() {
  const { t } = useTranslation('services');
  const { language } = useLanguage();
  useDocumentTitle(t('title'));
  const clients = useApiClients();
  const [url, setUrl] = useSearchParams();
  const search = searchFromUrl(url);
  const [text, setText] = useState(search.q);
  const typed = useDebounced(text, DEBOUNCE_MS);
  const inputId = useId();
  const hintId = useId();

  const go = (next: Partial<SearchParams>, replace = false) =>
    setUrl(urlFromSearch({ ...search, page: 1, ...next }), { replace });

  // the debounced text goes to the URL (one history entry per settled search, not per key)
  useEffect(() => {
    if (typed !== search.q) go({ q: typed });
  }, [typed]);
  // back/forward (or a link) changed the URL: the field shows its query
  useEffect(() => {
    setText((current) => (current === typed && current !== search.q ? search.q : current));
  }, [search.q]);

  const results = useQuery(searchQuery(clients, search));
  const categories = useQuery(categoriesQuery(clients)).data ?? [];
  const categoryTitle = (id: string) => categories.find((c) => c.id === id)?.title[language] ?? '';

  return (
    <>
      <div className="d-flex flex-wrap justify-content-between align-items-start gap-3 mb-4">
        <div>
          <h1>{t('title')}</h1>
          <p className="lead mb-0">{t('list.intro')}</p>
        </div>
        <Link className="btn btn-primary" to={paths.booking} data-element="appointment-booking">
          {t('list.booking')}
        </Link>
      </div>
      <div className="row">
        <form role="search" onSubmit={(e) => e.preventDefault()} className="col-12 col-lg-4">
          <div className="form-group mb-1">
            <label htmlFor={inputId} className="active">
              {t('list.searchLabel')}
            </label>
            <input
              id={inputId}
              type="search"
              className="form-control"
              value={text}
              autoComplete="off"
              aria-describedby={hintId}
              onChange={(e) => setText(e.target.value)}
            />
          </div>
          <p id={hintId} className="small text-secondary mb-4">
            {t('list.searchHint')}
          </p>
          <SearchFilters search={search} onChange={(next) => go(next)} />
        </form>
        <section className="col-12 col-lg-8" aria-label={t('title')}>
          <div aria-live="polite" aria-atomic="true">
            {results.data && <h2 className="h4">{t('list.results', { count: results.data.total })}</h2>}
          </div>
          {results.status === 'pending' ? (
            <LoadingState />
          ) : results.status === 'error' ? (
            <ErrorState
              error={results.error}
              retrying={results.isFetching}
              onRetry={() => void results.refetch()}
            />
          ) : (
            <div aria-busy={results.isPlaceholderData || undefined}>
              <ServiceResults
                page={results.data}
                tenant={search.tenant}
                categoryTitle={categoryTitle}
                pageHref={(page) => `?${urlFromSearch({ ...search, page }).toString()}`}
              />
            </div>
          )}
        </section>
      </div>
    </>
  );
}

import { unwrap, useApiClients, type CatalogueApi, type Tenant } from '@facile/web/api-client';
import { QueryView, useDocumentTitle } from '@facile/web/ui';
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useAdministeredTenants } from '../lib/administered-tenants';
import { OfferingEditor } from './offering-editor';
import { TenantPicker } from './tenant-picker';

type SearchPage = CatalogueApi.components['schemas']['ServiceSearchPageResponse'];
type Hit = SearchPage['items'][number];
type Filter = 'all' | 'enabled' | 'disabled';

const PAGE_SIZE = 20;

function OfferingList({ tenant }: { tenant: Tenant }) {
  const { t } = useTranslation('admin');
  const clients = useApiClients();
  const searchId = useId();
  const filterId = useId();
  const [q, setQ] = useState('');
  const [filter, setFilter] = useState<Filter>('all');
  const [page, setPage] = useState(1);
  const [open, setOpen] = useState<string | null>(null);
  const query = q.trim();
  const services = useQuery({
    queryKey: ['catalogue', 'services', 'admin', query] as const,
    // the whole catalogue fits in one page of 100; the offered/not-offered filter is the console's own
    queryFn: ({ signal }) =>
      unwrap<SearchPage>(
        clients.catalogue.GET('/catalogue/v1/services', {
          params: { query: { pageSize: 100, ...(query ? { q: query } : {}) } },
          signal,
        }),
      ),
  });
  const offered = (hit: Hit) => hit.tenants.includes(tenant.id);
  return (
    <>
      <div className="row">
        <div className="col-12 col-md-7 form-group">
          <label htmlFor={searchId} className="active">
            {t('offerings.search')}
          </label>
          <input
            id={searchId}
            type="search"
            className="form-control"
            value={q}
            onChange={(e) => {
              setQ(e.target.value);
              setPage(1);
            }}
          />
        </div>
        <div className="col-12 col-md-5 select-wrapper">
          <label htmlFor={filterId}>{t('offerings.filter')}</label>
          <select
            id={filterId}
            value={filter}
            onChange={(e) => {
              setFilter(e.target.value as Filter);
              setPage(1);
            }}
          >
            <option value="all">{t('offerings.filterAll')}</option>
            <option value="enabled">{t('offerings.filterEnabled')}</option>
            <option value="disabled">{t('offerings.filterDisabled')}</option>
          </select>
        </div>
      </div>
      <QueryView query={services}>
        {(data) => {
          const matches = data.items.filter((hit) =>
            filter === 'all' ? true : filter === 'enabled' ? offered(hit) : !offered(hit),
          );
          const pages = Math.max(1, Math.ceil(matches.length / PAGE_SIZE));
          const current = Math.min(page, pages);
          const shown = matches.slice((current - 1) * PAGE_SIZE, current * PAGE_SIZE);
          return (
            <>
              <p aria-live="polite">{t('offerings.count', { count: matches.length })}</p>
              {matches.length === 0 ? (
                <p>{t('offerings.none')}</p>
              ) : (
                <ul className="list-unstyled">
                  {shown.map((hit) => (
                    <li key={hit.slug} className="border-bottom py-3">
                      <div className="d-flex flex-wrap justify-content-between align-items-center gap-2">
                        <h2 className="h5 mb-0">{hit.title}</h2>
                        <span className={`badge ${offered(hit) ? 'bg-success' : 'bg-secondary'}`}>
                          {offered(hit) ? t('offerings.offered') : t('offerings.notOffered')}
                        </span>
                      </div>
                      <button
                        type="button"
                        className="btn btn-outline-primary btn-sm mt-2"
                        aria-expanded={open === hit.slug}
                        onClick={() => setOpen(open === hit.slug ? null : hit.slug)}
                      >
                        {open === hit.slug ? t('offerings.close') : t('offerings.edit', { title: hit.title })}
                      </button>
                      {open === hit.slug && (
                        <div className="mt-3">
                          <OfferingEditor slug={hit.slug} tenant={tenant} />
                        </div>
                      )}
                    </li>
                  ))}
                </ul>
              )}
              {pages > 1 && (
                <nav
                  className="d-flex gap-2 align-items-center"
                  aria-label={t('offerings.page', { page: current, pages })}
                >
                  <button
                    type="button"
                    className="btn btn-outline-secondary btn-sm"
                    disabled={current === 1}
                    onClick={() => setPage(current - 1)}
                  >
                    {t('offerings.previous')}
                  </button>
                  <span>{t('offerings.page', { page: current, pages })}</span>
                  <button
                    type="button"
                    className="btn btn-outline-secondary btn-sm"
                    disabled={current === pages}
                    onClick={() => setPage(current + 1)}
                  >
                    {t('offerings.next')}
                  </button>
                </nav>
              )}
            </>
          );
        }}
      </QueryView>
    </>
  );
}

/** Every catalogue procedure with the chosen municipality's offering, searchable and editable in place. */
export function OfferingsPage() {
  const { t } = useTranslation('admin');
  useDocumentTitle(t('offerings.title'));
  const tenants = useAdministeredTenants();
  const [params, setParams] = useSearchParams();
  return (
    <>
      <h1>{t('offerings.title')}</h1>
      <QueryView query={tenants}>
        {(list) => {
          const tenant = list.find((x) => x.id === params.get('comune')) ?? list[0];
          if (!tenant) return null;
          return (
            <>
              <p className="lead">{t('offerings.intro', { name: tenant.name })}</p>
              <TenantPicker tenants={list} value={tenant.id} onChange={(id) => setParams({ comune: id })} />
              <OfferingList key={tenant.id} tenant={tenant} />
            </>
          );
        }}
      </QueryView>
    </>
  );
}

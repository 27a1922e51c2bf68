import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../layout/paths';
import { PAGE_SIZE, type SearchPage } from './catalogue-queries';

export interface ServiceResultsProps {
  page: SearchPage;
  /** The municipality filter: each card then opens for that municipality. */
  tenant?: string;
  categoryTitle: (id: string) => string;
  pageHref: (page: number) => string;
}

/** One page of matches as the model's service cards, with the pager. */
export function ServiceResults({ page, tenant, categoryTitle, pageHref }: ServiceResultsProps) {
  const { t } = useTranslation('services');
  const pages = Math.max(1, Math.ceil(page.total / PAGE_SIZE));
  if (page.items.length === 0) return <p className="lead">{t('list.empty')}</p>;
  return (
    <>
      <ul className="list-unstyled">
        {page.items.map((hit) => (
          <li key={hit.slug} className="card-wrapper border-bottom pb-3 mb-3">
            <p className="small text-uppercase text-secondary mb-1">{categoryTitle(hit.category)}</p>
            <h3 className="h5 mb-2 text-break">
              <Link to={paths.card(hit.slug, tenant)} data-element="service-link">
                {hit.title}
              </Link>
            </h3>
            <p className="mb-1">{hit.summary}</p>
            <p className="small text-secondary mb-0">
              {hit.bookable && <span className="badge bg-primary me-2">{t('list.bookableBadge')}</span>}
              {t('list.offeredBy', { count: hit.tenants.length })}
            </p>
          </li>
        ))}
      </ul>
      {pages > 1 && (
        <nav className="pagination-wrapper" aria-label={t('list.pages')}>
          <ul className="pagination flex-wrap">
            <li className={`page-item${page.page <= 1 ? ' disabled' : ''}`}>
              {page.page > 1 ? (
                <Link className="page-link" to={pageHref(page.page - 1)}>
                  {t('list.previous')}
                </Link>
              ) : (
                <span className="page-link" aria-disabled="true">
                  {t('list.previous')}
                </span>
              )}
            </li>
            <li className="page-item">
              <span className="page-link" aria-current="page">
                {t('list.pageOf', { page: page.page, pages })}
              </span>
            </li>
            <li className={`page-item${page.page >= pages ? ' disabled' : ''}`}>
              {page.page < pages ? (
                <Link className="page-link" to={pageHref(page.page + 1)}>
                  {t('list.next')}
                </Link>
              ) : (
                <span className="page-link" aria-disabled="true">
                  {t('list.next')}
                </span>
              )}
            </li>
          </ul>
        </nav>
      )}
    </>
  );
}

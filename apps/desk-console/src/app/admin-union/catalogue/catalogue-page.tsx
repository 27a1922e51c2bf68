import { QueryView } from '@facile/web/ui';
import { Button } from 'design-react-kit';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { UnionPage } from '../shared/union-page';
import { SLUG_PATTERN, UNION_PATHS } from '../shared/union-paths';
import { useServiceSearch } from './catalogue-api';

/** The Union's catalogue: search the published cards, open one (or a draft by its code), start a new one. */
export function CataloguePage() {
  const { t } = useTranslation('union');
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const [typed, setTyped] = useState(q);
  const [slug, setSlug] = useState('');
  const navigate = useNavigate();
  const search = useServiceSearch(q, page);
  const go = (next: { q?: string; page?: number }) => {
    const p = new URLSearchParams();
    const nq = next.q ?? q;
    if (nq) p.set('q', nq);
    if ((next.page ?? 1) > 1) p.set('page', String(next.page));
    setParams(p);
  };
  return (
    <UnionPage title={t('catalogue.title')} intro={t('catalogue.intro')}>
      <p>
        <Link to={UNION_PATHS.newProcedure} className="btn btn-primary">
          {t('catalogue.create')}
        </Link>
      </p>
      <div className="row g-4 mb-4">
        <form
          role="search"
          className="col-12 col-lg-7"
          onSubmit={(e) => {
            e.preventDefault();
            go({ q: typed.trim(), page: 1 });
          }}
        >
          <label htmlFor="catalogue-q" className="form-label fw-semibold">
            {t('catalogue.search')}
          </label>
          <div className="d-flex gap-2">
            <input
              id="catalogue-q"
              type="search"
              className="form-control"
              value={typed}
              onChange={(e) => setTyped(e.target.value)}
            />
            <Button type="submit" color="primary">
              {t('catalogue.searchButton')}
            </Button>
          </div>
        </form>
        <form
          className="col-12 col-lg-5"
          onSubmit={(e) => {
            e.preventDefault();
            if (SLUG_PATTERN.test(slug.trim())) void navigate(UNION_PATHS.procedure(slug.trim()));
          }}
        >
          <label htmlFor="catalogue-slug" className="form-label fw-semibold">
            {t('catalogue.openBySlug')}
          </label>
          <div className="d-flex gap-2">
            <input
              id="catalogue-slug"
              type="text"
              className="form-control"
              aria-describedby="catalogue-slug-hint"
              value={slug}
              onChange={(e) => setSlug(e.target.value)}
            />
            <Button type="submit" color="primary" outline>
              {t('catalogue.open')}
            </Button>
          </div>
          <div id="catalogue-slug-hint" className="form-text">
            {t('catalogue.openBySlugHint')}
          </div>
        </form>
      </div>
      <QueryView query={search} isEmpty={(r) => r.items.length === 0} emptyMessage={t('catalogue.empty')}>
        {(result) => {
          const pages = Math.max(1, Math.ceil(result.total / result.pageSize));
          return (
            <>
              <p aria-live="polite">{t('catalogue.results', { count: result.total })}</p>
              <ul className="list-group mb-4" aria-label={t('catalogue.listLabel')}>
                {result.items.map((hit) => (
                  <li key={hit.slug} className="list-group-item">
                    <Link to={UNION_PATHS.procedure(hit.slug)} className="fw-semibold">
                      {hit.title}
                    </Link>
                    <p className="mb-1 small">{hit.summary}</p>
                    <p className="mb-0 small text-secondary">
                      {hit.slug}
                      {hit.bookable && <> · {t('catalogue.bookable')}</>}
                    </p>
                  </li>
                ))}
              </ul>
              {pages > 1 && (
                <nav
                  aria-label={t('catalogue.page', { page: result.page, pages })}
                  className="d-flex gap-2 align-items-center"
                >
                  <Button
                    color="primary"
                    outline
                    size="sm"
                    disabled={result.page <= 1}
                    onClick={() => go({ page: result.page - 1 })}
                  >
                    {t('catalogue.previous')}
                  </Button>
                  <span>{t('catalogue.page', { page: result.page, pages })}</span>
                  <Button
                    color="primary"
                    outline
                    size="sm"
                    disabled={result.page >= pages}
                    onClick={() => go({ page: result.page + 1 })}
                  >
                    {t('catalogue.next')}
                  </Button>
                </nav>
              )}
            </>
          );
        }}
      </QueryView>
    </UnionPage>
  );
}

import { useAssistanceTopics, useTenants } from '@facile/web/api-client';
import { useDateFormat, useLanguage } from '@facile/web/i18n';
import { QueryView, SelectField, useDocumentTitle } from '@facile/web/ui';
import { Button } from 'design-react-kit';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { CASE_STATUSES, pageOf, type CaseStatus } from './case-model';
import { CASES_POLL_MS, useCases } from './cases-api';

export const CASES_PAGE_SIZE = 20;

const statusOf = (v: string | null): CaseStatus | undefined =>
  (CASE_STATUSES as readonly string[]).includes(v ?? '') ? (v as CaseStatus) : undefined;

/** The assistance cases of the municipalities the desk serves, by status, topic and municipality. */
export function CasesPage() {
  const { t } = useTranslation('cases');
  useDocumentTitle(t('title'));
  const id = useId();
  const { language } = useLanguage();
  const { date } = useDateFormat();
  const [params, setParams] = useSearchParams();
  const status = statusOf(params.get('stato'));
  const topic = params.get('argomento') ?? '';
  const tenant = params.get('comune') ?? '';
  const page = Number(params.get('pagina') ?? '1');
  const setParam = (key: string, value: string) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        if (value) next.set(key, value);
        else next.delete(key);
        if (key !== 'pagina') next.delete('pagina');
        return next;
      },
      { replace: true },
    );
  const tenants = useTenants();
  const topics = useAssistanceTopics();
  const cases = useCases({ status, topic: topic || undefined, tenant: tenant || undefined });
  const nameOf = (tid: string) => tenants.data?.find((x) => x.id === tid)?.name ?? tid;
  const topicOf = (tid: string) => topics.data?.find((x) => x.id === tid)?.title[language] ?? tid;

  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <form
        aria-label={t('filters.label')}
        className="d-flex flex-wrap align-items-end gap-3 mb-4"
        onSubmit={(e) => e.preventDefault()}
      >
        <SelectField
          id={`${id}-status`}
          label={t('filters.status')}
          value={status ?? ''}
          onChange={(v) => setParam('stato', v)}
          placeholder={t('filters.all')}
          options={CASE_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
        />
        <SelectField
          id={`${id}-topic`}
          label={t('filters.topic')}
          value={topic}
          onChange={(v) => setParam('argomento', v)}
          placeholder={t('filters.all')}
          options={(topics.data ?? []).map((x) => ({ value: x.id, label: x.title[language] }))}
        />
        <SelectField
          id={`${id}-tenant`}
          label={t('filters.municipality')}
          value={tenant}
          onChange={(v) => setParam('comune', v)}
          placeholder={t('filters.all')}
          options={(tenants.data ?? []).map((x) => ({ value: x.id, label: x.name }))}
        />
      </form>
      <QueryView query={cases} showUpdatedAt isEmpty={(list) => list.length === 0} emptyMessage={t('empty')}>
        {(list) => {
          const shown = pageOf(list, page, CASES_PAGE_SIZE);
          return (
            <>
              <div className="table-responsive" tabIndex={0}>
                <table className="table">
                  <caption>{t('caption', { count: list.length })}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('columns.code')}</th>
                      <th scope="col">{t('columns.topic')}</th>
                      <th scope="col">{t('columns.municipality')}</th>
                      <th scope="col">{t('columns.citizen')}</th>
                      <th scope="col">{t('columns.status')}</th>
                      <th scope="col">{t('columns.createdAt')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {shown.items.map((c) => (
                      <tr key={c.code} data-testid={`case-${c.code}`}>
                        <td>
                          <Link to={`/pratiche/${c.code}`} aria-label={t('open', { code: c.code })}>
                            <code>{c.code}</code>
                          </Link>
                        </td>
                        <td>{topicOf(c.topic)}</td>
                        <td>{nameOf(c.tenant)}</td>
                        <td>{c.citizen ? `${c.citizen.firstName} ${c.citizen.lastName}` : t('purged')}</td>
                        <td>{t(`status.${c.status}`)}</td>
                        <td>{date(c.createdAt)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              {shown.pages > 1 && (
                <nav aria-label={t('pages.label')} className="d-flex align-items-center gap-3 mb-3">
                  <Button
                    color="primary"
                    outline
                    size="sm"
                    disabled={shown.page <= 1}
                    onClick={() => setParam('pagina', String(shown.page - 1))}
                  >
                    {t('pages.previous')}
                  </Button>
                  <span aria-current="page">
                    {t('pages.current', { page: shown.page, pages: shown.pages })}
                  </span>
                  <Button
                    color="primary"
                    outline
                    size="sm"
                    disabled={shown.page >= shown.pages}
                    onClick={() => setParam('pagina', String(shown.page + 1))}
                  >
                    {t('pages.next')}
                  </Button>
                </nav>
              )}
            </>
          );
        }}
      </QueryView>
      <p className="small">{t('polling', { seconds: CASES_POLL_MS / 1000 })}</p>
    </>
  );
}

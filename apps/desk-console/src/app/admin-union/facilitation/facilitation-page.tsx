import { useAssistanceTopics, useTenants } from '@facile/web/api-client';
import { useLanguage } from '@facile/web/i18n';
import { QueryView } from '@facile/web/ui';
import { Button } from 'design-react-kit';
import { lazy, Suspense, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { currentMonth } from '../calendar/month';
import { CsvButton } from '../shared/csv-button';
import { UnionPage } from '../shared/union-page';
import { dateRange } from '../statistics/stats-model';
import {
  DIMENSIONS,
  useFacilitationCsv,
  useFacilitationReport,
  type Dimension,
  type FacilitationReport,
  type ReportQuery,
} from './facilitation-api';

const BarChart = lazy(() => import('../statistics/bar-chart').then((m) => ({ default: m.BarChart })));

interface Filters {
  from: string;
  to: string;
  dims: Dimension[];
  tenant: string;
}

function filtersOf(params: URLSearchParams): Filters {
  const month = currentMonth();
  const dims = (params.get('per') ?? 'month')
    .split(',')
    .filter((d): d is Dimension => (DIMENSIONS as string[]).includes(d));
  return {
    from: params.get('dal') ?? `${month.slice(0, 4)}-01`,
    to: params.get('al') ?? month,
    dims: dims.length ? dims : ['month'],
    tenant: params.get('comune') ?? '',
  };
}

function queryOf(f: Filters): ReportQuery | null {
  const range = dateRange(f);
  return range ? { ...range, groupBy: f.dims.join(','), tenant: f.tenant || undefined } : null;
}

function ReportTable({
  report,
  nameOf,
}: {
  report: FacilitationReport;
  nameOf: (d: Dimension, v: string) => string;
}) {
  const { t } = useTranslation('union');
  const { date } = useLanguageDate();
  const dims = report.groupBy.filter((d): d is Dimension => (DIMENSIONS as string[]).includes(d));
  const total = report.rows.reduce((n, r) => n + r.count, 0);
  const title = t('facilitation.caption', { from: date(report.from), to: date(report.to) });
  const summary = t('facilitation.total', { count: total });
  const label = (r: FacilitationReport['rows'][number]) => dims.map((d) => nameOf(d, r[d] ?? '')).join(' · ');
  return (
    <>
      <p id="facilitation-summary">{summary}</p>
      <div className="row g-4">
        <div className="col-12 col-xl-6">
          <Suspense fallback={<p className="text-secondary">{t('statistics.chartLoading')}</p>}>
            <BarChart
              labels={report.rows.map(label)}
              series={[{ label: t('facilitation.count'), values: report.rows.map((r) => r.count) }]}
              label={`${title}: ${summary}`}
              horizontal={report.rows.length > 6}
            />
          </Suspense>
        </div>
        <div className="col-12 col-xl-6 table-responsive" tabIndex={0}>
          <table className="table table-sm">
            <caption className="caption-top">{title}</caption>
            <thead>
              <tr>
                {dims.map((d) => (
                  <th scope="col" key={d}>
                    {t(`facilitation.dims.${d}`)}
                  </th>
                ))}
                <th scope="col" className="text-end">
                  {t('facilitation.count')}
                </th>
              </tr>
            </thead>
            <tbody>
              {report.rows.map((r, i) => (
                <tr key={i}>
                  {dims.map((d) => (
                    <td key={d}>{nameOf(d, r[d] ?? '')}</td>
                  ))}
                  <td className="text-end">{r.count}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" colSpan={dims.length}>
                  {t('statistics.total')}
                </th>
                <td className="text-end fw-semibold">{total}</td>
              </tr>
            </tfoot>
          </table>
        </div>
      </div>
    </>
  );
}

/** `YYYY-MM-DD` as a date in the language shown. */
function useLanguageDate() {
  const { language } = useLanguage();
  const fmt = new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'it-IT', {
    dateStyle: 'long',
    timeZone: 'UTC',
  });
  return { date: (d: string) => fmt.format(new Date(`${d}T00:00:00Z`)) };
}

/** PNRR Digitale Facile monitoring: facilitations by month, municipality and topic, and the API's CSV. */
export function FacilitationPage() {
  const { t } = useTranslation('union');
  const { language } = useLanguage();
  const [params, setParams] = useSearchParams();
  const applied = filtersOf(params);
  const [form, setForm] = useState(applied);
  const [error, setError] = useState<string | null>(null);
  const query = queryOf(applied);
  const report = useFacilitationReport(query);
  const csv = useFacilitationCsv();
  const tenants = useTenants();
  const topics = useAssistanceTopics();
  const nameOf = (d: Dimension, v: string) =>
    d === 'tenant'
      ? (tenants.data?.find((x) => x.id === v)?.name ?? v)
      : d === 'topic'
        ? (topics.data?.find((x) => x.id === v)?.title[language === 'en' ? 'en' : 'it'] ?? v)
        : v;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!dateRange(form)) {
      setError(t('statistics.badRange'));
      document.getElementById('fac-to')?.focus();
      return;
    }
    if (!form.dims.length) {
      setError(t('facilitation.pickOne'));
      document.getElementById('fac-dim-month')?.focus();
      return;
    }
    setError(null);
    const p: Record<string, string> = { dal: form.from, al: form.to, per: form.dims.join(',') };
    if (form.tenant) p['comune'] = form.tenant;
    setParams(p);
  };
  return (
    <UnionPage title={t('facilitation.title')} intro={t('facilitation.intro')}>
      <form noValidate onSubmit={submit} className="mb-5" aria-labelledby="fac-filters">
        <h2 id="fac-filters" className="h4">
          {t('statistics.filters')}
        </h2>
        <div className="row g-3 align-items-end">
          <div className="col-6 col-lg-2">
            <label htmlFor="fac-from" className="form-label fw-semibold">
              {t('statistics.from')}
            </label>
            <input
              id="fac-from"
              type="month"
              className="form-control"
              value={form.from}
              onChange={(e) => setForm({ ...form, from: e.target.value })}
            />
          </div>
          <div className="col-6 col-lg-2">
            <label htmlFor="fac-to" className="form-label fw-semibold">
              {t('statistics.to')}
            </label>
            <input
              id="fac-to"
              type="month"
              className="form-control"
              aria-describedby={error ? 'fac-error' : undefined}
              value={form.to}
              onChange={(e) => setForm({ ...form, to: e.target.value })}
            />
          </div>
          <div className="col-12 col-sm-6 col-lg-3">
            <label htmlFor="fac-tenant" className="form-label fw-semibold">
              {t('statistics.tenant')}
            </label>
            <select
              id="fac-tenant"
              className="form-select"
              value={form.tenant}
              onChange={(e) => setForm({ ...form, tenant: e.target.value })}
            >
              <option value="">{t('statistics.all')}</option>
              {(tenants.data ?? [])
                .filter((x) => x.kind === 'municipality')
                .map((x) => (
                  <option key={x.id} value={x.id}>
                    {x.name}
                  </option>
                ))}
            </select>
          </div>
          <fieldset className="col-12 col-sm-6 col-lg-3">
            <legend className="form-label fw-semibold fs-6">{t('facilitation.dimensions')}</legend>
            {DIMENSIONS.map((d) => (
              <div className="form-check form-check-inline" key={d}>
                <input
                  id={`fac-dim-${d}`}
                  type="checkbox"
                  checked={form.dims.includes(d)}
                  onChange={(e) =>
                    setForm({
                      ...form,
                      dims: e.target.checked
                        ? DIMENSIONS.filter((x) => x === d || form.dims.includes(x))
                        : form.dims.filter((x) => x !== d),
                    })
                  }
                />
                <label htmlFor={`fac-dim-${d}`}>{t(`facilitation.dims.${d}`)}</label>
              </div>
            ))}
          </fieldset>
          <div className="col-12 col-lg-2">
            <Button type="submit" color="primary">
              {t('statistics.show')}
            </Button>
          </div>
        </div>
        <div aria-live="polite">
          {error && (
            <p id="fac-error" role="alert" className="text-danger mt-2">
              {error}
            </p>
          )}
        </div>
      </form>
      {query && (
        <>
          <p>
            <CsvButton fetchCsv={() => csv(query)} />
          </p>
          <QueryView
            query={report}
            isEmpty={(r) => r.rows.length === 0}
            emptyMessage={t('facilitation.empty')}
          >
            {(r) => <ReportTable report={r} nameOf={nameOf} />}
          </QueryView>
        </>
      )}
    </UnionPage>
  );
}

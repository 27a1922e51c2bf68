import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { CsvButton, type CsvFile } from '../shared/csv-button';
import type { Statistics } from './stats-model';

const BarChart = lazy(() => import('./bar-chart').then((m) => ({ default: m.BarChart })));

export interface FlowsFigureProps {
  flows: Statistics['crossMunicipality'];
  tenantName: (id: string) => string;
  format: (value: number | null) => string;
  /** The API's CSV of the flows (view=flows). */
  fetchCsv: () => Promise<CsvFile>;
}

/** Citizens of one municipality served at another's sites: a chart, its sentence and its table. */
export function FlowsFigure({ flows, tenantName, format, fetchCsv }: FlowsFigureProps) {
  const { t } = useTranslation('union');
  const title = t('statistics.views.flows.title');
  const sorted = [...flows].sort((a, b) => b.appointments - a.appointments);
  const biggest = sorted[0];
  const summary = biggest
    ? t('statistics.views.flows.summary', {
        from: tenantName(biggest.citizenTenant),
        to: tenantName(biggest.siteTenant),
        count: format(biggest.appointments),
        total: format(flows.reduce((n, f) => n + f.appointments, 0)),
      })
    : t('statistics.views.flows.none');
  const labels = sorted.map((f) => `${tenantName(f.citizenTenant)} → ${tenantName(f.siteTenant)}`);
  return (
    <section aria-labelledby="flows-title" className="mb-5" data-view="flows">
      <h2 id="flows-title" className="h3">
        {title}
      </h2>
      <p>{t('statistics.views.flows.intro')}</p>
      <p id="flows-summary">{summary}</p>
      <p>
        <CsvButton fetchCsv={fetchCsv} label={t('statistics.views.flows.csv')} />
      </p>
      {biggest && (
        <div className="row g-4">
          <div className="col-12 col-xl-6">
            <Suspense fallback={<p className="text-secondary">{t('statistics.chartLoading')}</p>}>
              <BarChart
                labels={labels}
                series={[
                  {
                    label: t('statistics.views.flows.appointments'),
                    values: sorted.map((f) => f.appointments),
                  },
                  { label: t('statistics.views.flows.completed'), values: sorted.map((f) => f.completed) },
                ]}
                label={`${title}: ${summary}`}
                horizontal
              />
            </Suspense>
          </div>
          <div className="col-12 col-xl-6 table-responsive" tabIndex={0}>
            <table className="table table-sm">
              <caption className="caption-top">{title}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('statistics.views.flows.citizenTenant')}</th>
                  <th scope="col">{t('statistics.views.flows.siteTenant')}</th>
                  <th scope="col" className="text-end">
                    {t('statistics.views.flows.appointments')}
                  </th>
                  <th scope="col" className="text-end">
                    {t('statistics.views.flows.completed')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {sorted.map((f) => (
                  <tr key={`${f.citizenTenant}-${f.siteTenant}`}>
                    <td>{tenantName(f.citizenTenant)}</td>
                    <td>{tenantName(f.siteTenant)}</td>
                    <td className="text-end">{format(f.appointments)}</td>
                    <td className="text-end">{format(f.completed)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      )}
    </section>
  );
}

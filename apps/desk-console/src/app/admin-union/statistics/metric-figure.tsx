import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { StatisticsRow } from './stats-model';

const BarChart = lazy(() => import('./bar-chart').then((m) => ({ default: m.BarChart })));

export interface Measure {
  label: string;
  get: (row: StatisticsRow) => number | null;
  /** Shown in the chart (the others only in the table). */
  charted?: boolean;
}

export interface MetricFigureProps {
  id: string;
  title: string;
  groupLabel: string;
  rows: StatisticsRow[];
  total: StatisticsRow;
  measures: Measure[];
  labelOf: (key: string) => string;
  format: (value: number | null) => string;
  summary: string;
}

/** One view of the statistics: its chart, the one sentence that sums it up, and the table with its numbers. */
export function MetricFigure({
  id,
  title,
  groupLabel,
  rows,
  total,
  measures,
  labelOf,
  format,
  summary,
}: MetricFigureProps) {
  const { t } = useTranslation('union');
  const labels = useMemo(() => rows.map((r) => labelOf(r.key)), [rows, labelOf]);
  const series = useMemo(
    () =>
      measures.filter((m) => m.charted !== false).map((m) => ({ label: m.label, values: rows.map(m.get) })),
    [measures, rows],
  );
  return (
    <section aria-labelledby={`${id}-title`} className="mb-5" data-view={id}>
      <h2 id={`${id}-title`} className="h3">
        {title}
      </h2>
      <p id={`${id}-summary`}>{summary}</p>
      <div className="row g-4">
        <div className="col-12 col-xl-6">
          <Suspense fallback={<p className="text-secondary">{t('statistics.chartLoading')}</p>}>
            <BarChart
              labels={labels}
              series={series}
              label={`${title}: ${summary}`}
              horizontal={rows.length > 6}
            />
          </Suspense>
        </div>
        <div className="col-12 col-xl-6">
          <div className="table-responsive" tabIndex={0}>
            <table className="table table-sm">
              <caption className="caption-top">{title}</caption>
              <thead>
                <tr>
                  <th scope="col">{groupLabel}</th>
                  {measures.map((m) => (
                    <th scope="col" className="text-end" key={m.label}>
                      {m.label}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.key} data-key={r.key}>
                    <th scope="row" className="fw-normal">
                      {labelOf(r.key)}
                    </th>
                    {measures.map((m) => (
                      <td className="text-end" key={m.label}>
                        {format(m.get(r))}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr data-key="total">
                  <th scope="row">{t('statistics.total')}</th>
                  {measures.map((m) => (
                    <td className="text-end fw-semibold" key={m.label}>
                      {format(m.get(total))}
                    </td>
                  ))}
                </tr>
              </tfoot>
            </table>
          </div>
        </div>
      </div>
    </section>
  );
}

import { useTenants } from '@facile/web/api-client';
import { useLanguage } from '@facile/web/i18n';
import { QueryView } from '@facile/web/ui';
import { Button } from 'design-react-kit';
import { useCallback, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useSites } from '../calendar/calendar-api';
import { currentMonth } from '../calendar/month';
import { CsvButton, type CsvFile } from '../shared/csv-button';
import { UnionPage } from '../shared/union-page';
import { FlowsFigure } from './flows-figure';
import { MetricFigure, type Measure } from './metric-figure';
import { useStatistics, useStatisticsCsv, type StatisticsQuery } from './statistics-api';
import {
  dateRange,
  formatNumber,
  GROUP_BYS,
  highest,
  percent,
  type GroupBy,
  type Statistics,
  type StatsFilters,
} from './stats-model';

function filtersOf(params: URLSearchParams): StatsFilters {
  const month = currentMonth();
  const groupBy = params.get('per') as GroupBy | null;
  return {
    from: params.get('dal') ?? month,
    to: params.get('al') ?? params.get('dal') ?? month,
    groupBy: groupBy && GROUP_BYS.includes(groupBy) ? groupBy : 'site',
    tenant: params.get('comune') ?? '',
    site: params.get('sede') ?? '',
  };
}

function queryOf(f: StatsFilters): StatisticsQuery | null {
  const range = dateRange(f);
  if (!range) return null;
  return { ...range, groupBy: f.groupBy, tenant: f.tenant || undefined, site: f.site || undefined };
}

function Views({
  data,
  labelOf,
  flowsCsv,
}: {
  data: Statistics;
  labelOf: (key: string) => string;
  flowsCsv: () => Promise<CsvFile>;
}) {
  const { t } = useTranslation('union');
  const { language } = useLanguage();
  const locale = language === 'en' ? 'en-GB' : 'it-IT';
  const na = t('statistics.notAvailable');
  const fmt = (v: number | null) => formatNumber(v, locale, na);
  const pct = (v: number | null) => (v === null ? na : `${fmt(percent(v))}%`);
  const groupLabel = t(`statistics.groups.${data.groupBy}`);
  const { rows, total } = data;
  const top = (get: Measure['get'], show: (v: number | null) => string) => {
    const row = highest(rows, get);
    return { top: row ? labelOf(row.key) : t('statistics.noTop'), topValue: row ? show(get(row)) : na };
  };
  const common = { groupLabel, rows, total, labelOf, format: fmt };
  const volumes: Measure[] = [
    { label: t('statistics.views.volumes.made'), get: (r) => r.bookings.made },
    { label: t('statistics.views.volumes.cancelled'), get: (r) => r.bookings.cancelled },
    { label: t('statistics.views.volumes.completed'), get: (r) => r.bookings.completed },
    { label: t('statistics.views.volumes.walkIns'), get: (r) => r.walkIns.issued },
  ];
  const waits: Measure[] = [
    { label: t('statistics.views.waits.median'), get: (r) => r.walkIns.medianWaitMinutes },
    { label: t('statistics.views.waits.p90'), get: (r) => r.walkIns.p90WaitMinutes },
    {
      label: t('statistics.views.waits.lead'),
      get: (r) =>
        r.bookings.medianLeadTimeMinutes === null
          ? null
          : Math.round(r.bookings.medianLeadTimeMinutes / 144) / 10,
      charted: false,
    },
  ];
  const noShows: Measure[] = [
    { label: t('statistics.views.noShows.count'), get: (r) => r.bookings.noShows },
    { label: t('statistics.views.noShows.rate'), get: (r) => percent(r.bookings.noShowRate), charted: false },
  ];
  const capacity: Measure[] = [
    { label: t('statistics.views.capacity.use'), get: (r) => percent(r.capacity.use) },
    { label: t('statistics.views.capacity.offered'), get: (r) => r.capacity.offeredMinutes, charted: false },
    { label: t('statistics.views.capacity.used'), get: (r) => r.capacity.usedMinutes, charted: false },
  ];
  return (
    <>
      <MetricFigure
        id="volumes"
        title={t('statistics.views.volumes.title')}
        measures={volumes}
        summary={t('statistics.views.volumes.summary', {
          made: fmt(total.bookings.made),
          cancelled: fmt(total.bookings.cancelled),
          completed: fmt(total.bookings.completed),
          walkIns: fmt(total.walkIns.issued),
          ...top((r) => r.bookings.made, fmt),
        })}
        {...common}
      />
      <MetricFigure
        id="waits"
        title={t('statistics.views.waits.title')}
        measures={waits}
        summary={t('statistics.views.waits.summary', {
          median: fmt(total.walkIns.medianWaitMinutes),
          p90: fmt(total.walkIns.p90WaitMinutes),
          ...top((r) => r.walkIns.medianWaitMinutes, fmt),
        })}
        {...common}
      />
      <MetricFigure
        id="no-shows"
        title={t('statistics.views.noShows.title')}
        measures={noShows}
        summary={t('statistics.views.noShows.summary', {
          count: fmt(total.bookings.noShows),
          rate: pct(total.bookings.noShowRate),
          ...top((r) => r.bookings.noShowRate, pct),
        })}
        {...common}
      />
      <MetricFigure
        id="capacity"
        title={t('statistics.views.capacity.title')}
        measures={capacity}
        summary={t('statistics.views.capacity.summary', {
          use: pct(total.capacity.use),
          ...top((r) => r.capacity.use, pct),
        })}
        {...common}
      />
      <FlowsFigure flows={data.crossMunicipality} tenantName={labelOf} format={fmt} fetchCsv={flowsCsv} />
    </>
  );
}

/** The Union's statistics: one API view (period, grouping, filters) as charts, tables and sentences, and its CSV. */
export function StatisticsPage() {
  const { t } = useTranslation('union');
  const [params, setParams] = useSearchParams();
  const applied = filtersOf(params);
  const [form, setForm] = useState(applied);
  const [badRange, setBadRange] = useState(false);
  const query = queryOf(applied);
  const statistics = useStatistics(query);
  const csv = useStatisticsCsv();
  const tenants = useTenants();
  const sites = useSites();
  const labelOf = useCallback(
    (key: string) =>
      sites.data?.find((s) => s.id === key)?.name ?? tenants.data?.find((x) => x.id === key)?.name ?? key,
    [sites.data, tenants.data],
  );
  const set = (patch: Partial<StatsFilters>) => setForm((f) => ({ ...f, ...patch }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!dateRange(form)) {
      setBadRange(true);
      document.getElementById('stats-to')?.focus();
      return;
    }
    setBadRange(false);
    const p: Record<string, string> = { dal: form.from, al: form.to, per: form.groupBy };
    if (form.tenant) p['comune'] = form.tenant;
    if (form.site) p['sede'] = form.site;
    setParams(p);
  };
  return (
    <UnionPage title={t('statistics.title')} intro={t('statistics.intro')}>
      <form noValidate onSubmit={submit} className="mb-5" aria-labelledby="stats-filters">
        <h2 id="stats-filters" className="h4">
          {t('statistics.filters')}
        </h2>
        <div className="row g-3 align-items-end">
          <div className="col-6 col-lg-2">
            <label htmlFor="stats-from" className="form-label fw-semibold">
              {t('statistics.from')}
            </label>
            <input
              id="stats-from"
              type="month"
              className="form-control"
              value={form.from}
              onChange={(e) => set({ from: e.target.value })}
            />
          </div>
          <div className="col-6 col-lg-2">
            <label htmlFor="stats-to" className="form-label fw-semibold">
              {t('statistics.to')}
            </label>
            <input
              id="stats-to"
              type="month"
              className={`form-control${badRange ? ' is-invalid' : ''}`}
              aria-invalid={badRange || undefined}
              aria-describedby={badRange ? 'stats-to-error' : undefined}
              value={form.to}
              onChange={(e) => set({ to: e.target.value })}
            />
          </div>
          <div className="col-12 col-sm-4 col-lg-2">
            <label htmlFor="stats-group" className="form-label fw-semibold">
              {t('statistics.groupBy')}
            </label>
            <select
              id="stats-group"
              className="form-select"
              value={form.groupBy}
              onChange={(e) => set({ groupBy: e.target.value as GroupBy })}
            >
              {GROUP_BYS.map((g) => (
                <option key={g} value={g}>
                  {t(`statistics.groups.${g}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="col-12 col-sm-4 col-lg-2">
            <label htmlFor="stats-tenant" className="form-label fw-semibold">
              {t('statistics.tenant')}
            </label>
            <select
              id="stats-tenant"
              className="form-select"
              value={form.tenant}
              onChange={(e) => set({ tenant: e.target.value })}
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
          <div className="col-12 col-sm-4 col-lg-2">
            <label htmlFor="stats-site" className="form-label fw-semibold">
              {t('statistics.site')}
            </label>
            <select
              id="stats-site"
              className="form-select"
              value={form.site}
              onChange={(e) => set({ site: e.target.value })}
            >
              <option value="">{t('statistics.allSites')}</option>
              {(sites.data ?? []).map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          </div>
          <div className="col-12 col-lg-2">
            <Button type="submit" color="primary">
              {t('statistics.show')}
            </Button>
          </div>
        </div>
        <div aria-live="polite">
          {badRange && (
            <p id="stats-to-error" role="alert" className="text-danger mt-2">
              {t('statistics.badRange')}
            </p>
          )}
        </div>
      </form>
      {query && (
        <>
          <p>
            <CsvButton fetchCsv={() => csv(query)} />
          </p>
          <QueryView query={statistics}>
            {(data) => (
              <Views data={data} labelOf={labelOf} flowsCsv={() => csv({ ...query, view: 'flows' })} />
            )}
          </QueryView>
        </>
      )}
    </UnionPage>
  );
}

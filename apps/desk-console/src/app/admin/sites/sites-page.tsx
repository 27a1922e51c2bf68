import { ApiProblem, unwrap, useApiClients, type SchedulingApi, type Tenant } from '@facile/web/api-client';
import { QueryView, useDocumentTitle } from '@facile/web/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useAdministeredTenants } from '../lib/administered-tenants';
import { fromWeek, toWeek, validateWeek, type HoursProblem, type TimeRange } from '../lib/opening-hours';
import { TenantPicker } from '../offerings/tenant-picker';
import { ClosuresPanel } from './closures-panel';
import { SiteOfferingPanel } from './site-offering-panel';
import { WeekGrid } from './week-grid';

type Site = SchedulingApi.components['schemas']['Site'];
type SiteList = SchedulingApi.components['schemas']['SiteList'];

function HoursForm({ site }: { site: Site }) {
  const { t } = useTranslation('admin');
  const clients = useApiClients();
  const queryClient = useQueryClient();
  const [week, setWeek] = useState<TimeRange[][]>(() => toWeek(site.openingHours));
  const [problems, setProblems] = useState<HoursProblem[]>([]);
  const save = useMutation({
    mutationFn: (body: ReturnType<typeof fromWeek>) =>
      unwrap<Site>(
        clients.scheduling.PUT('/scheduling/v1/sites/{id}/opening-hours', {
          params: { path: { id: site.id } },
          body,
        }),
      ),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['scheduling', 'sites'] }),
  });
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const found = validateWeek(week);
    setProblems(found);
    if (found.length === 0) save.mutate(fromWeek(week));
  };
  const failure =
    save.error instanceof ApiProblem && save.error.status === 403
      ? t('sites.forbidden')
      : save.error instanceof ApiProblem && save.error.status === 400
        ? `${t('sites.failed')} ${save.error.errors.map((e) => e.message).join(' ')}`
        : save.error
          ? t('sites.failed')
          : null;
  return (
    <form onSubmit={submit} noValidate>
      <h2 className="h4">{t('sites.hours')}</h2>
      <p>{t('sites.hoursHint')}</p>
      <WeekGrid
        week={week}
        problems={problems}
        onChange={(next) => {
          setWeek(next);
          if (problems.length > 0) setProblems(validateWeek(next));
        }}
      />
      <div aria-live="polite">
        {problems.length > 0 && <div className="alert alert-warning mt-3">{t('sites.invalid')}</div>}
        {save.isSuccess && !save.isPending && (
          <div className="alert alert-success mt-3">{t('sites.saved')}</div>
        )}
      </div>
      {failure && (
        <div className="alert alert-danger mt-3" role="alert">
          {failure}
        </div>
      )}
      <button type="submit" className="btn btn-primary mt-3" disabled={save.isPending}>
        {save.isPending ? t('sites.saving') : t('sites.save')}
      </button>
    </form>
  );
}

function TenantSites({ tenant }: { tenant: Tenant }) {
  const { t } = useTranslation('admin');
  const clients = useApiClients();
  const selectId = useId();
  const [chosen, setChosen] = useState<string | null>(null);
  const sites = useQuery({
    queryKey: ['scheduling', 'sites', tenant.id] as const,
    queryFn: async ({ signal }) =>
      (
        await unwrap<SiteList>(
          clients.scheduling.GET('/scheduling/v1/sites', {
            params: { query: { tenant: tenant.id } },
            signal,
          }),
        )
      ).items.filter((s) => s.tenant === tenant.id),
  });
  return (
    <QueryView query={sites} isEmpty={(list) => list.length === 0} emptyMessage={t('sites.none')}>
      {(list) => {
        const site = list.find((s) => s.id === chosen) ?? list[0];
        if (!site) return null;
        return (
          <>
            <div className="select-wrapper mb-3">
              <label htmlFor={selectId}>{t('sites.site')}</label>
              <select id={selectId} value={site.id} onChange={(e) => setChosen(e.target.value)}>
                {list.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
              </select>
            </div>
            <p>{t('sites.details', { address: site.address, counters: site.counters })}</p>
            <HoursForm key={site.id} site={site} />
            <ClosuresPanel key={`closures-${site.id}`} site={site} />
            <SiteOfferingPanel key={`offerings-${site.id}`} site={site} />
          </>
        );
      }}
    </QueryView>
  );
}

/** The municipality's sites: details, weekly opening hours, closures by date. */
export function SitesPage() {
  const { t } = useTranslation('admin');
  useDocumentTitle(t('sites.title'));
  const tenants = useAdministeredTenants();
  const [params, setParams] = useSearchParams();
  return (
    <>
      <h1>{t('sites.title')}</h1>
      <QueryView query={tenants}>
        {(list) => {
          const tenant = list.find((x) => x.id === params.get('comune')) ?? list[0];
          if (!tenant) return null;
          return (
            <>
              <p className="lead">{t('sites.intro', { name: tenant.name })}</p>
              <TenantPicker tenants={list} value={tenant.id} onChange={(id) => setParams({ comune: id })} />
              <TenantSites key={tenant.id} tenant={tenant} />
            </>
          );
        }}
      </QueryView>
    </>
  );
}

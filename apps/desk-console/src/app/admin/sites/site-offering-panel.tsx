import {
  ApiProblem,
  unwrap,
  useApiClients,
  useTenants,
  type CatalogueApi,
  type SchedulingApi,
} from '@facile/web/api-client';
import { QueryView, SelectField, TextField } from '@facile/web/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  offeringBody,
  offeringValues,
  type SiteOfferingError,
  type SiteOfferingField,
  type SiteOfferingValues,
} from '../lib/site-offering-form';

type Site = SchedulingApi.components['schemas']['Site'];
type Offering = SchedulingApi.components['schemas']['SiteOffering'];
type SearchPage = CatalogueApi.components['schemas']['ServiceSearchPageResponse'];

function OfferingSettingsForm({ site, offering }: { site: Site; offering: Offering }) {
  const { t } = useTranslation('admin');
  const clients = useApiClients();
  const queryClient = useQueryClient();
  const tenants = useTenants();
  const id = useId();
  const [values, setValues] = useState<SiteOfferingValues>(() => offeringValues(offering));
  const [errors, setErrors] = useState<Partial<Record<SiteOfferingField, SiteOfferingError>>>({});
  const set = (patch: Partial<SiteOfferingValues>) => setValues((v) => ({ ...v, ...patch }));
  const key = ['scheduling', 'site-offering', site.id, offering.service] as const;
  const save = useMutation({
    mutationFn: (body: ReturnType<typeof offeringBody> & { ok: true }) =>
      unwrap<Offering>(
        clients.scheduling.PUT('/scheduling/v1/sites/{id}/offerings/{service}', {
          params: { path: { id: site.id, service: offering.service } },
          body: body.body,
        }),
      ),
    onSuccess: (saved) => queryClient.setQueryData(key, saved),
  });
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const result = offeringBody(values, site.counters);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    save.mutate(result);
  };
  const message = (field: SiteOfferingField) => {
    const e = errors[field];
    return e ? t(`siteOffering.errors.${e}`, { counters: site.counters }) : undefined;
  };
  const failure =
    save.error instanceof ApiProblem && save.error.status === 400
      ? `${t('siteOffering.refused')} ${save.error.errors.map((e) => e.message).join(' ')}`
      : save.error instanceof ApiProblem && save.error.status === 403
        ? t('siteOffering.forbidden')
        : save.error
          ? t('siteOffering.failed')
          : null;
  const municipalities = (tenants.data ?? []).filter((x) => x.kind === 'municipality');

  return (
    <form onSubmit={submit} noValidate>
      <div className="form-check mb-3">
        <input
          id={`${id}-enabled`}
          type="checkbox"
          checked={values.enabled}
          onChange={(e) => set({ enabled: e.target.checked })}
        />
        <label htmlFor={`${id}-enabled`}>{t('siteOffering.enabled')}</label>
      </div>
      <div className="row">
        <div className="col-12 col-md-6">
          <TextField
            announce
            label={t('siteOffering.counters')}
            hint={t('siteOffering.countersHint', { counters: site.counters })}
            error={message('counters')}
            value={values.counters}
            onChange={(v) => set({ counters: v })}
            inputMode="numeric"
            autoComplete="off"
          />
        </div>
        <div className="col-12 col-md-6">
          <TextField
            announce
            label={t('siteOffering.duration')}
            hint={t('siteOffering.durationHint')}
            error={message('duration')}
            value={values.duration}
            onChange={(v) => set({ duration: v })}
            inputMode="numeric"
            autoComplete="off"
          />
        </div>
        <div className="col-12 col-md-6">
          <TextField
            announce
            label={t('siteOffering.notice')}
            hint={t('siteOffering.noticeHint')}
            error={message('notice')}
            value={values.notice}
            onChange={(v) => set({ notice: v })}
            inputMode="numeric"
            autoComplete="off"
          />
        </div>
        <div className="col-12 col-md-6">
          <TextField
            announce
            label={t('siteOffering.horizon')}
            hint={t('siteOffering.horizonHint')}
            error={message('horizon')}
            value={values.horizon}
            onChange={(v) => set({ horizon: v })}
            inputMode="numeric"
            autoComplete="off"
          />
        </div>
      </div>
      <fieldset className="mb-3" aria-describedby={errors.tenants ? `${id}-tenants-error` : undefined}>
        <legend className="h6">{t('siteOffering.served')}</legend>
        <div className="form-check">
          <input
            id={`${id}-site`}
            type="radio"
            name={`${id}-served`}
            checked={values.served === 'site'}
            onChange={() => set({ served: 'site' })}
          />
          <label htmlFor={`${id}-site`}>
            {site.servesAllTenants ? t('siteOffering.servedAll') : t('siteOffering.servedOwn')}
          </label>
        </div>
        <div className="form-check">
          <input
            id={`${id}-chosen`}
            type="radio"
            name={`${id}-served`}
            checked={values.served === 'chosen'}
            onChange={() => set({ served: 'chosen' })}
          />
          <label htmlFor={`${id}-chosen`}>{t('siteOffering.servedChosen')}</label>
        </div>
        {values.served === 'chosen' && (
          <div className="ms-4 mt-2">
            {municipalities.map((m) => (
              <div key={m.id} className="form-check">
                <input
                  id={`${id}-t-${m.id}`}
                  type="checkbox"
                  checked={values.tenants.includes(m.id)}
                  onChange={(e) =>
                    set({
                      tenants: e.target.checked
                        ? [...values.tenants, m.id]
                        : values.tenants.filter((x) => x !== m.id),
                    })
                  }
                />
                <label htmlFor={`${id}-t-${m.id}`}>{m.name}</label>
              </div>
            ))}
          </div>
        )}
        {errors.tenants && (
          <div id={`${id}-tenants-error`} className="invalid-feedback d-block" role="alert">
            {message('tenants')}
          </div>
        )}
      </fieldset>
      <div aria-live="polite">
        {save.isSuccess && !save.isPending && (
          <div className="alert alert-success">{t('siteOffering.saved')}</div>
        )}
      </div>
      {failure && (
        <div className="alert alert-danger" role="alert">
          {failure}
        </div>
      )}
      <button type="submit" className="btn btn-primary" disabled={save.isPending}>
        {save.isPending ? t('siteOffering.saving') : t('siteOffering.save')}
      </button>
    </form>
  );
}

function OfferingLoader({ site, service }: { site: Site; service: string }) {
  const clients = useApiClients();
  const offering = useQuery({
    queryKey: ['scheduling', 'site-offering', site.id, service] as const,
    queryFn: ({ signal }) =>
      unwrap<Offering>(
        clients.scheduling.GET('/scheduling/v1/sites/{id}/offerings/{service}', {
          params: { path: { id: site.id, service } },
          signal,
        }),
      ),
  });
  return (
    <QueryView query={offering}>{(data) => <OfferingSettingsForm site={site} offering={data} />}</QueryView>
  );
}

/** How the site offers each bookable procedure: counters, duration, notice, horizon, municipalities served. */
export function SiteOfferingPanel({ site }: { site: Site }) {
  const { t } = useTranslation('admin');
  const clients = useApiClients();
  const id = useId();
  const [service, setService] = useState<string>('');
  const procedures = useQuery({
    queryKey: ['catalogue', 'services', 'bookable'] as const,
    queryFn: ({ signal }) =>
      unwrap<SearchPage>(
        clients.catalogue.GET('/catalogue/v1/services', {
          params: { query: { pageSize: 100, bookable: true } },
          signal,
        }),
      ),
  });
  return (
    <section className="mt-5" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="h4">
        {t('siteOffering.title')}
      </h2>
      <p>{t('siteOffering.intro')}</p>
      <QueryView query={procedures}>
        {(page) => {
          const chosen = page.items.find((p) => p.slug === service) ?? page.items[0];
          if (!chosen) return null;
          return (
            <>
              <SelectField
                id={`${id}-service`}
                label={t('siteOffering.procedure')}
                value={chosen.slug}
                onChange={setService}
                options={page.items.map((p) => ({ value: p.slug, label: p.title }))}
              />
              <OfferingLoader key={`${site.id}/${chosen.slug}`} site={site} service={chosen.slug} />
            </>
          );
        }}
      </QueryView>
    </section>
  );
}

import { ApiProblem, unwrap, useApiClients, type CatalogueApi, type Tenant } from '@facile/web/api-client';
import { QueryView, TextField } from '@facile/web/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  formValues,
  toBody,
  type OfferingError,
  type OfferingField,
  type OfferingFormValues,
} from './offering-form-model';

type Card = CatalogueApi.components['schemas']['ServiceCardResponse'];

const fieldOfApi: Record<string, OfferingField> = {
  feeCents: 'fee',
  onlineUrl: 'onlineUrl',
  durationMinutes: 'duration',
};

function OfferingForm({ card, tenant }: { card: Card; tenant: Tenant }) {
  const { t } = useTranslation('admin');
  const clients = useApiClients();
  const queryClient = useQueryClient();
  const notesId = useId();
  const [values, setValues] = useState<OfferingFormValues>(() =>
    formValues(card.offerings.find((x) => x.tenant === tenant.id)),
  );
  const [errors, setErrors] = useState<Partial<Record<OfferingField, OfferingError | string>>>({});
  const set = <K extends keyof OfferingFormValues>(key: K, value: OfferingFormValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }));

  const save = useMutation({
    mutationFn: async (body: CatalogueApi.components['schemas']['OfferingDto']) =>
      unwrap<Card>(
        clients.catalogue.PUT('/catalogue/v1/tenants/{tenant}/offerings/{slug}', {
          params: { path: { tenant: tenant.id, slug: card.slug } },
          body,
        }),
      ),
    onSuccess: (saved) => {
      queryClient.setQueryData(['catalogue', 'service', card.slug, tenant.id], saved);
      void queryClient.invalidateQueries({ queryKey: ['catalogue', 'services'] });
    },
    onError: (error) => {
      if (error instanceof ApiProblem && error.status === 400) {
        const mapped: Partial<Record<OfferingField, string>> = {};
        for (const e of error.errors) {
          const field = fieldOfApi[e.field];
          if (field) mapped[field] = e.message;
        }
        setErrors(mapped);
      }
    },
  });

  const message = (field: OfferingField) => {
    const e = errors[field];
    if (!e) return undefined;
    return ['feeEmpty', 'feeFormat', 'feeRange', 'url', 'duration'].includes(e)
      ? t(`offering.errors.${e as OfferingError}`)
      : e;
  };

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const result = toBody(values);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    save.mutate(result.body);
  };

  const failure =
    save.error instanceof ApiProblem && save.error.status === 409
      ? t('offering.conflict')
      : save.error instanceof ApiProblem && save.error.status === 403
        ? t('offering.forbidden')
        : save.error
          ? t('offering.failed')
          : null;

  return (
    <form onSubmit={submit} noValidate>
      <fieldset>
        <legend className="h5">{t('offering.legend', { name: tenant.name })}</legend>
        <div className="form-check mb-3">
          <input
            id={`${notesId}-enabled`}
            type="checkbox"
            checked={values.enabled}
            onChange={(e) => set('enabled', e.target.checked)}
          />
          <label htmlFor={`${notesId}-enabled`}>{t('offering.enabled')}</label>
        </div>
        <TextField
          announce
          label={t('offering.fee')}
          hint={t('offering.feeHint')}
          error={message('fee')}
          value={values.fee}
          onChange={(v) => set('fee', v)}
          inputMode="decimal"
          autoComplete="off"
        />
        <TextField
          announce
          label={t('offering.onlineUrl')}
          hint={t('offering.onlineUrlHint')}
          error={message('onlineUrl')}
          value={values.onlineUrl}
          onChange={(v) => set('onlineUrl', v)}
          type="url"
          autoComplete="off"
        />
        <div className="form-group">
          <label htmlFor={notesId} className="active">
            {t('offering.notes')}
          </label>
          <textarea
            id={notesId}
            className="form-control"
            rows={3}
            value={values.notes}
            onChange={(e) => set('notes', e.target.value)}
          />
        </div>
        <TextField
          announce
          label={t('offering.duration')}
          hint={t('offering.durationHint', { minutes: card.durationMinutes })}
          error={message('duration')}
          value={values.duration}
          onChange={(v) => set('duration', v)}
          inputMode="numeric"
          autoComplete="off"
        />
      </fieldset>
      <div aria-live="polite">
        {save.isSuccess && !save.isPending && (
          <div className="alert alert-success">{t('offering.saved')}</div>
        )}
      </div>
      {failure && (
        <div className="alert alert-danger" role="alert">
          {failure}
        </div>
      )}
      <button type="submit" className="btn btn-primary" disabled={save.isPending}>
        {save.isPending ? t('offering.saving') : t('offering.save')}
      </button>
    </form>
  );
}

/** One procedure's offering of one municipality, loaded fresh and edited in place. */
export function OfferingEditor({ slug, tenant }: { slug: string; tenant: Tenant }) {
  const clients = useApiClients();
  const card = useQuery({
    queryKey: ['catalogue', 'service', slug, tenant.id] as const,
    queryFn: ({ signal }) =>
      unwrap<Card>(
        clients.catalogue.GET('/catalogue/v1/services/{slug}', {
          params: { path: { slug }, query: { tenant: tenant.id } },
          signal,
        }),
      ),
  });
  return <QueryView query={card}>{(data) => <OfferingForm card={data} tenant={tenant} />}</QueryView>;
}

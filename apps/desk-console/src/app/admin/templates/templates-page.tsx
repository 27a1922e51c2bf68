import {
  ApiProblem,
  unwrap,
  useApiClients,
  type NotificationsApi,
  type Tenant,
} from '@facile/web/api-client';
import { QueryView, SelectField, TextField, useDocumentTitle } from '@facile/web/ui';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useAdministeredTenants } from '../lib/administered-tenants';
import { TenantPicker } from '../offerings/tenant-picker';

type Template = NotificationsApi.components['schemas']['TemplateResponse'];
type Rendered = NotificationsApi.components['schemas']['RenderedMessageResponse'];

export const TEMPLATE_EVENTS = [
  'scheduling.booking.created',
  'scheduling.booking.cancelled',
  'scheduling.booking.rescheduled',
  'scheduling.booking.reminder',
  'scheduling.booking.affected-by-closure',
  'scheduling.booking.requested',
] as const;
type TemplateEvent = (typeof TEMPLATE_EVENTS)[number];
const CHANNELS = ['email', 'appio'] as const;
type Channel = (typeof CHANNELS)[number];
const LOCALES = ['it', 'en'] as const;
type Locale = (typeof LOCALES)[number];

interface Key {
  tenant: string;
  eventType: TemplateEvent;
  channel: Channel;
  locale: Locale;
}

const PATH = '/notifications/v1/tenants/{tenant}/templates/{eventType}/{channel}/{locale}' as const;

/** Waits until the value has not changed for `ms` before passing it on (the preview is not asked at each key). */
function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

const reasonOf = (error: unknown) =>
  error instanceof ApiProblem && error.status === 422 ? error.detail : null;

function TemplateEditor({ template, templateKey }: { template: Template; templateKey: Key }) {
  const { t } = useTranslation('admin');
  const clients = useApiClients();
  const queryClient = useQueryClient();
  const bodyId = useId();
  const [subject, setSubject] = useState(template.subject);
  const [body, setBody] = useState(template.body);
  const [notice, setNotice] = useState<'saved' | 'reset' | null>(null);
  const path = { params: { path: templateKey } };
  const queryKey = ['notifications', 'template', templateKey] as const;

  const draft = useDebounced({ subject, body }, 400);
  const complete = draft.subject.trim() !== '' && draft.body.trim() !== '';
  const preview = useQuery({
    queryKey: ['notifications', 'template-preview', templateKey, draft] as const,
    queryFn: ({ signal }) =>
      unwrap<Rendered>(clients.notifications.POST(`${PATH}/preview`, { ...path, body: draft, signal })),
    enabled: complete,
    placeholderData: keepPreviousData,
    retry: false,
  });

  const save = useMutation({
    mutationFn: () => unwrap<Template>(clients.notifications.PUT(PATH, { ...path, body: { subject, body } })),
    onSuccess: (saved) => {
      queryClient.setQueryData(queryKey, saved);
      setNotice('saved');
    },
  });
  const reset = useMutation({
    mutationFn: async () => {
      await unwrap<unknown>(clients.notifications.DELETE(PATH, path));
    },
    onSuccess: () => {
      setSubject(template.defaultSubject);
      setBody(template.defaultBody);
      setNotice('reset');
      void queryClient.invalidateQueries({ queryKey });
    },
  });

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    setNotice(null);
    reset.reset();
    save.mutate();
  };
  const refused = reasonOf(save.error);
  const failure = save.error && !refused ? t('templates.failed') : reset.error ? t('templates.failed') : null;
  const previewProblem = reasonOf(preview.error);
  const empty = subject.trim() === '' || body.trim() === '';

  return (
    <div className="row">
      <form className="col-12 col-xl-7" onSubmit={submit} noValidate>
        <p>{template.source === 'override' ? t('templates.sourceOverride') : t('templates.sourceDefault')}</p>
        <TextField
          label={t('templates.subject')}
          value={subject}
          onChange={(v) => {
            setSubject(v);
            setNotice(null);
          }}
          autoComplete="off"
          required
        />
        <div className="form-group">
          <label htmlFor={bodyId} className="active">
            {t('templates.body')}
          </label>
          <textarea
            id={bodyId}
            className="form-control font-monospace"
            rows={10}
            value={body}
            required
            onChange={(e) => {
              setBody(e.target.value);
              setNotice(null);
            }}
          />
        </div>
        <h2 className="h6">{t('templates.variables')}</h2>
        <p className="small">{t('templates.variablesHint', { example: '{{firstName}}' })}</p>
        <ul className="list-inline small" aria-label={t('templates.variables')}>
          {template.variables.map((v) => (
            <li key={v} className="list-inline-item">
              <code>{`{{${v}}}`}</code>
            </li>
          ))}
        </ul>
        <div aria-live="polite">
          {notice === 'saved' && <div className="alert alert-success">{t('templates.saved')}</div>}
          {notice === 'reset' && <div className="alert alert-success">{t('templates.resetDone')}</div>}
        </div>
        {refused && (
          <div className="alert alert-danger" role="alert">
            {t('templates.refused', { reason: refused })}
          </div>
        )}
        {failure && (
          <div className="alert alert-danger" role="alert">
            {failure}
          </div>
        )}
        <div className="d-flex flex-wrap gap-2 mb-4">
          <button type="submit" className="btn btn-primary" disabled={save.isPending || empty}>
            {save.isPending ? t('templates.saving') : t('templates.save')}
          </button>
          <button
            type="button"
            className="btn btn-outline-primary"
            disabled={reset.isPending || template.source !== 'override'}
            onClick={() => {
              setNotice(null);
              save.reset();
              reset.mutate();
            }}
          >
            {t('templates.reset')}
          </button>
        </div>
      </form>
      <div className="col-12 col-xl-5">
        <section aria-labelledby={`${bodyId}-preview`} className="mb-4">
          <h2 id={`${bodyId}-preview`} className="h5">
            {t('templates.preview')}
          </h2>
          <p className="small">{t('templates.previewHint')}</p>
          <div aria-live="polite">
            {!complete ? (
              <p>{t('templates.previewEmpty')}</p>
            ) : previewProblem ? (
              <div className="alert alert-warning">
                {t('templates.previewBroken', { reason: previewProblem })}
              </div>
            ) : preview.error ? (
              <div className="alert alert-warning">{t('templates.previewFailed')}</div>
            ) : preview.data ? (
              <div className="card card-bg p-3" data-testid="template-preview">
                <p className="fw-semibold mb-2">{preview.data.subject}</p>
                <div style={{ whiteSpace: 'pre-wrap' }}>{preview.data.body}</div>
              </div>
            ) : (
              <p>{t('templates.previewLoading')}</p>
            )}
          </div>
        </section>
        <section aria-labelledby={`${bodyId}-default`}>
          <h2 id={`${bodyId}-default`} className="h5">
            {t('templates.default')}
          </h2>
          <div className="card card-bg p-3" data-testid="template-default">
            <p className="fw-semibold mb-2 font-monospace">{template.defaultSubject}</p>
            <div className="font-monospace small" style={{ whiteSpace: 'pre-wrap' }}>
              {template.defaultBody}
            </div>
          </div>
        </section>
      </div>
    </div>
  );
}

function TemplateLoader({ templateKey }: { templateKey: Key }) {
  const clients = useApiClients();
  const template = useQuery({
    queryKey: ['notifications', 'template', templateKey] as const,
    queryFn: ({ signal }) =>
      unwrap<Template>(clients.notifications.GET(PATH, { params: { path: templateKey }, signal })),
  });
  return (
    <QueryView query={template}>
      {(data) => <TemplateEditor template={data} templateKey={templateKey} />}
    </QueryView>
  );
}

function TemplateChooser({ tenant }: { tenant: Tenant }) {
  const { t } = useTranslation('admin');
  const id = useId();
  const [eventType, setEventType] = useState<TemplateEvent>('scheduling.booking.created');
  const [channel, setChannel] = useState<Channel>('email');
  const [locale, setLocale] = useState<Locale>('it');
  const key: Key = { tenant: tenant.id, eventType, channel, locale };
  return (
    <>
      <div className="row">
        <div className="col-12 col-md-6">
          <SelectField
            id={`${id}-event`}
            label={t('templates.event')}
            value={eventType}
            onChange={(v) => setEventType(v as TemplateEvent)}
            options={TEMPLATE_EVENTS.map((e) => ({ value: e, label: t(`templates.events.${e}`) }))}
          />
        </div>
        <div className="col-6 col-md-3">
          <SelectField
            id={`${id}-channel`}
            label={t('templates.channel')}
            value={channel}
            onChange={(v) => setChannel(v as Channel)}
            options={CHANNELS.map((c) => ({ value: c, label: t(`templates.channels.${c}`) }))}
          />
        </div>
        <div className="col-6 col-md-3">
          <SelectField
            id={`${id}-locale`}
            label={t('templates.locale')}
            value={locale}
            onChange={(v) => setLocale(v as Locale)}
            options={LOCALES.map((l) => ({ value: l, label: t(`templates.locales.${l}`) }))}
          />
        </div>
      </div>
      <TemplateLoader key={`${tenant.id}/${eventType}/${channel}/${locale}`} templateKey={key} />
    </>
  );
}

/** The municipality's message templates: the override beside the shipped default, with a live preview. */
export function TemplatesPage() {
  const { t } = useTranslation('admin');
  useDocumentTitle(t('templates.title'));
  const tenants = useAdministeredTenants();
  const [params, setParams] = useSearchParams();
  return (
    <>
      <h1>{t('templates.title')}</h1>
      <p>{t('templates.intro')}</p>
      <QueryView query={tenants}>
        {(list) => {
          const tenant = list.find((x) => x.id === params.get('comune')) ?? list[0];
          if (!tenant) return null;
          return (
            <>
              <TenantPicker tenants={list} value={tenant.id} onChange={(id) => setParams({ comune: id })} />
              <TemplateChooser key={tenant.id} tenant={tenant} />
            </>
          );
        }}
      </QueryView>
    </>
  );
}

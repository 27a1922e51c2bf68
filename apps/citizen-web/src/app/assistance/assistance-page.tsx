import { ApiProblem, unwrap, useApiClients, useTenants, type AssistanceApi } from '@facile/web/api-client';
import { useLanguage } from '@facile/web/i18n';
import { SelectField, TextField, useDocumentTitle } from '@facile/web/ui';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { sessionsPath } from '../sessions/sessions-api';
import {
  bookingLink,
  CASE_CODE_KEY,
  caseBody,
  emptyAssistanceForm,
  validateAssistance,
  type AssistanceErrors,
  type AssistanceField,
  type AssistanceForm,
} from './assistance-form';

type Topic = AssistanceApi.components['schemas']['TopicResponse'];
type OpenedCase = AssistanceApi.components['schemas']['OpenedCaseResponse'];

const DRAFT_KEY = 'assistance.form';

function Checklist({
  opened,
  topic,
  onRestart,
}: {
  opened: OpenedCase;
  topic: Topic | undefined;
  onRestart: () => void;
}) {
  const { t } = useTranslation('assistance');
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => ref.current?.focus(), []);
  const have = opened.checklist.filter((i) => i.satisfied);
  const missing = opened.checklist.filter((i) => !i.satisfied);
  return (
    <section aria-labelledby="assistance-result">
      <h2 id="assistance-result" ref={ref} tabIndex={-1}>
        {t('result.title')}
      </h2>
      <p className="fw-semibold">{t('result.code', { code: opened.code })}</p>
      <div className="row">
        <div className="col-12 col-md-6">
          <h3 className="h5" id="assistance-missing">
            {t('result.missing')}
          </h3>
          {missing.length === 0 ? (
            <p>{t('result.nothingMissing')}</p>
          ) : (
            <ul aria-labelledby="assistance-missing" data-testid="checklist-missing">
              {missing.map((i) => (
                <li key={i.id}>{i.label}</li>
              ))}
            </ul>
          )}
        </div>
        <div className="col-12 col-md-6">
          <h3 className="h5" id="assistance-have">
            {t('result.have')}
          </h3>
          <ul aria-labelledby="assistance-have" data-testid="checklist-have">
            {have.map((i) => (
              <li key={i.id}>{i.label}</li>
            ))}
          </ul>
        </div>
      </div>
      {opened.nextSteps.length > 0 && (
        <>
          <h3 className="h5" id="assistance-next">
            {t('result.nextSteps')}
          </h3>
          <ul aria-labelledby="assistance-next">
            {opened.nextSteps.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ul>
        </>
      )}
      <div className="d-flex flex-wrap gap-2 my-3">
        {topic?.procedure ? (
          <Link className="btn btn-primary" to={bookingLink(topic.procedure, opened.tenant, opened.code)}>
            {t('result.book')}
          </Link>
        ) : (
          <p className="w-100">{t('result.noProcedure')}</p>
        )}
        <Link className="btn btn-outline-primary" to={sessionsPath}>
          {t('result.session')}
        </Link>
      </div>
      <button type="button" className="btn btn-link px-0" onClick={onRestart}>
        {t('result.restart')}
      </button>
    </section>
  );
}

/** `/assistenza`: topic, what the citizen has, the checklist of what to bring, then the desk or a session. */
export function AssistancePage() {
  const { t } = useTranslation('assistance');
  const { language } = useLanguage();
  useDocumentTitle(t('title'));
  const api = useApiClients();
  const [form, setForm] = useState<AssistanceForm>(() => {
    const saved = sessionStorage.getItem(DRAFT_KEY);
    return saved
      ? { ...emptyAssistanceForm(), ...(JSON.parse(saved) as Partial<AssistanceForm>) }
      : emptyAssistanceForm();
  });
  useEffect(() => sessionStorage.setItem(DRAFT_KEY, JSON.stringify(form)), [form]);
  const [errors, setErrors] = useState<AssistanceErrors>({});
  const [failure, setFailure] = useState<string>();
  const tenants = useTenants();
  const topics = useQuery({
    queryKey: ['assistance', 'topics', form.tenant],
    enabled: form.tenant !== '',
    queryFn: ({ signal }) =>
      unwrap(
        api.assistance.GET('/assistance/v1/topics', { params: { query: { tenant: form.tenant } }, signal }),
      ),
    staleTime: 10 * 60_000,
  });
  const topic = topics.data?.find((x) => x.id === form.topic);

  const open = useMutation({
    mutationFn: () => unwrap(api.assistance.POST('/assistance/v1/cases', { body: caseBody(form) })),
    onSuccess: (opened) => {
      sessionStorage.removeItem(DRAFT_KEY);
      sessionStorage.setItem(CASE_CODE_KEY, opened.code);
    },
    onError: (e) => {
      if (e instanceof ApiProblem && e.status === 422) setFailure(t('tooYoung'));
      else if (e instanceof ApiProblem && e.status === 400 && e.errors.length) {
        const found: AssistanceErrors = {};
        for (const p of e.errors) {
          const field = p.field.split('.').pop() as AssistanceField;
          if (field === 'fiscalCode') found.fiscalCode = 'fiscalCodeInvalid';
          else if (field === 'email') found.email = 'emailInvalid';
          else if (field === 'phone') found.phone = 'phoneInvalid';
          else if (field === 'birthYear') found.birthYear = 'birthYearInvalid';
        }
        setErrors(found);
        setFailure(t('errorsTitle'));
      } else setFailure(t('failed'));
    },
  });

  const set = (field: keyof AssistanceForm) => (v: string) => setForm({ ...form, [field]: v });
  const err = (field: AssistanceField) => (errors[field] ? t(errors[field]) : undefined);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (open.isPending) return;
    const found = validateAssistance(form);
    setErrors(found);
    const first = Object.keys(found)[0];
    if (first) {
      setFailure(t('errorsTitle'));
      document.getElementById(`assist-${first}`)?.focus();
      return;
    }
    setFailure(undefined);
    open.mutate();
  };

  return (
    <div className="container py-4">
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <p className="alert alert-info">{t('never')}</p>
      {open.data ? (
        <Checklist
          opened={open.data}
          topic={topic}
          onRestart={() => {
            open.reset();
            setForm(emptyAssistanceForm());
          }}
        />
      ) : (
        <form onSubmit={submit} noValidate>
          <fieldset className="mb-3">
            <legend className="h4">{t('step1')}</legend>
            <SelectField
              id="assist-tenant"
              label={t('tenant')}
              value={form.tenant}
              placeholder={t('choose')}
              onChange={(tenant) => setForm({ ...form, tenant, topic: '', has: [] })}
              options={(tenants.data ?? [])
                .filter((x) => x.kind === 'municipality')
                .map((m) => ({ value: m.id, label: m.name }))}
              error={err('tenant')}
            />
            {form.tenant && (
              <SelectField
                id="assist-topic"
                label={t('topic')}
                value={form.topic}
                placeholder={t('choose')}
                onChange={(v) => setForm({ ...form, topic: v, has: [] })}
                options={(topics.data ?? []).map((x) => ({
                  value: x.id,
                  label: language === 'en' ? x.title.en : x.title.it,
                }))}
                error={err('topic')}
              />
            )}
          </fieldset>
          {topic && (
            <fieldset className="mb-3">
              <legend className="h4">{t('step2')}</legend>
              {topic.minAge !== undefined && <p>{t('minAge', { age: topic.minAge })}</p>}
              <p id="assist-has-legend">{t('hasLegend')}</p>
              {topic.prerequisites.map((p) => (
                <div className="form-check" key={p.id}>
                  <input
                    id={`assist-has-${p.id}`}
                    type="checkbox"
                    checked={form.has.includes(p.id)}
                    onChange={(e) =>
                      setForm({
                        ...form,
                        has: e.target.checked ? [...form.has, p.id] : form.has.filter((x) => x !== p.id),
                      })
                    }
                  />
                  <label htmlFor={`assist-has-${p.id}`}>
                    {p.label} {p.onlyIf === 'minor' && t('onlyMinor')}
                  </label>
                </div>
              ))}
            </fieldset>
          )}
          <fieldset className="mb-3">
            <legend className="h4">{t('step3')}</legend>
            <TextField
              id="assist-firstName"
              label={t('firstName')}
              value={form.firstName}
              onChange={set('firstName')}
              error={err('firstName')}
              required
              autoComplete="given-name"
            />
            <TextField
              id="assist-lastName"
              label={t('lastName')}
              value={form.lastName}
              onChange={set('lastName')}
              error={err('lastName')}
              required
              autoComplete="family-name"
            />
            <TextField
              id="assist-fiscalCode"
              label={t('fiscalCode')}
              value={form.fiscalCode}
              onChange={(v) => set('fiscalCode')(v.toUpperCase())}
              error={err('fiscalCode')}
              maxLength={16}
              spellCheck={false}
            />
            <TextField
              id="assist-email"
              type="email"
              label={t('email')}
              value={form.email}
              onChange={set('email')}
              error={err('email')}
              autoComplete="email"
            />
            <TextField
              id="assist-phone"
              type="tel"
              label={t('phone')}
              value={form.phone}
              onChange={set('phone')}
              error={err('phone')}
              autoComplete="tel"
            />
            <TextField
              id="assist-birthYear"
              inputMode="numeric"
              label={t('birthYear')}
              value={form.birthYear}
              onChange={set('birthYear')}
              error={err('birthYear')}
              maxLength={4}
            />
          </fieldset>
          <div role="alert">{failure && <p className="alert alert-danger">{failure}</p>}</div>
          <button type="submit" className="btn btn-primary" aria-disabled={open.isPending || undefined}>
            {open.isPending ? t('sending') : t('submit')}
          </button>
        </form>
      )}
    </div>
  );
}

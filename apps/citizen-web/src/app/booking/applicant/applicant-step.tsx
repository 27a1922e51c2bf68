import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { StepHeading } from '../step-heading';
import { StepNav } from '../step-nav';
import type { ApplicantDraft, BookingDraft } from '../state/booking-draft';
import { codiceFiscaleProblem } from '../../form-fields/codice-fiscale';
import { EMAIL, PHONE } from '../../form-fields/contact';

interface Props {
  draft: BookingDraft;
  update: (change: Partial<BookingDraft>) => void;
  onBack: () => void;
  onNext: () => void;
}

type Errors = Partial<Record<keyof ApplicantDraft | 'contact', string>>;

/** Field errors of the applicant, in the citizen's words (i18n keys resolved by the caller). */
export function applicantErrors(a: ApplicantDraft): Record<string, string> {
  const e: Record<string, string> = {};
  if (!a.firstName.trim()) e['firstName'] = 'applicant.required';
  if (!a.lastName.trim()) e['lastName'] = 'applicant.required';
  const cf = codiceFiscaleProblem(a.fiscalCode);
  if (cf) e['fiscalCode'] = `applicant.cf.${cf}`;
  if (!a.email.trim() && !a.phone.trim()) e['contact'] = 'applicant.contactRequired';
  if (a.email.trim() && !EMAIL.test(a.email.trim())) e['email'] = 'applicant.emailInvalid';
  if (a.phone.trim() && !PHONE.test(a.phone.trim())) e['phone'] = 'applicant.phoneInvalid';
  return e;
}

function Field({
  id,
  label,
  error,
  hint,
  children,
}: {
  id: string;
  label: string;
  error?: string;
  hint?: ReactNode;
  children: ReactNode;
}) {
  return (
    <div className="mb-3">
      <label htmlFor={id} className="form-label">
        {label}
      </label>
      {children}
      {hint && (
        <div id={`${id}-hint`} className="form-text">
          {hint}
        </div>
      )}
      {error && (
        <div id={`${id}-error`} className="invalid-feedback d-block" role="alert">
          {error}
        </div>
      )}
    </div>
  );
}

/** Step 4: who books, and where the confirmation goes (e-mail and/or mobile), in which language. */
export function ApplicantStep({ draft, update, onBack, onNext }: Props) {
  const { t } = useTranslation('booking');
  const [submitted, setSubmitted] = useState(false);
  const a = draft.applicant;
  const raw = applicantErrors(a);
  const errors: Errors = submitted
    ? Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, t(v as never)]))
    : {};
  // the codice fiscale is checked as it is typed, once it has its 16 characters
  const cfLive = a.fiscalCode.replace(/\s/g, '').length >= 16 ? raw['fiscalCode'] : undefined;
  const cfError = errors.fiscalCode ?? (cfLive ? t(cfLive as never) : undefined);
  const set = (change: Partial<ApplicantDraft>) => update({ applicant: { ...a, ...change } });
  const described = (id: string, error?: string, hint = false) =>
    [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    const first = Object.keys(raw)[0];
    if (first) {
      document.getElementById(`applicant-${first === 'contact' ? 'email' : first}`)?.focus();
      return;
    }
    onNext();
  };

  return (
    <form onSubmit={submit} noValidate>
      <StepHeading focusKey={4}>{t('steps.applicant')}</StepHeading>
      <div className="row">
        <div className="col-md-6">
          <Field id="applicant-firstName" label={t('applicant.firstName')} error={errors.firstName}>
            <input
              id="applicant-firstName"
              className={`form-control${errors.firstName ? ' is-invalid' : ''}`}
              autoComplete="given-name"
              value={a.firstName}
              aria-invalid={Boolean(errors.firstName) || undefined}
              aria-describedby={described('applicant-firstName', errors.firstName)}
              onChange={(e) => set({ firstName: e.target.value })}
            />
          </Field>
        </div>
        <div className="col-md-6">
          <Field id="applicant-lastName" label={t('applicant.lastName')} error={errors.lastName}>
            <input
              id="applicant-lastName"
              className={`form-control${errors.lastName ? ' is-invalid' : ''}`}
              autoComplete="family-name"
              value={a.lastName}
              aria-invalid={Boolean(errors.lastName) || undefined}
              aria-describedby={described('applicant-lastName', errors.lastName)}
              onChange={(e) => set({ lastName: e.target.value })}
            />
          </Field>
        </div>
      </div>
      <Field
        id="applicant-fiscalCode"
        label={t('applicant.fiscalCode')}
        error={cfError}
        hint={t('applicant.fiscalCodeHint')}
      >
        <input
          id="applicant-fiscalCode"
          className={`form-control text-uppercase${cfError ? ' is-invalid' : ''}`}
          autoComplete="off"
          spellCheck={false}
          maxLength={20}
          value={a.fiscalCode}
          aria-invalid={Boolean(cfError) || undefined}
          aria-describedby={described('applicant-fiscalCode', cfError, true)}
          onChange={(e) => set({ fiscalCode: e.target.value.toUpperCase() })}
        />
      </Field>
      <p id="applicant-contact-hint" className="form-text">
        {t('applicant.contactHint')}
      </p>
      {errors.contact && (
        <p id="applicant-contact-error" className="invalid-feedback d-block" role="alert">
          {errors.contact}
        </p>
      )}
      <div className="row">
        <div className="col-md-6">
          <Field id="applicant-email" label={t('applicant.email')} error={errors.email}>
            <input
              id="applicant-email"
              type="email"
              className={`form-control${errors.email || errors.contact ? ' is-invalid' : ''}`}
              autoComplete="email"
              value={a.email}
              aria-invalid={Boolean(errors.email || errors.contact) || undefined}
              aria-describedby={[
                described('applicant-email', errors.email),
                'applicant-contact-hint',
                errors.contact ? 'applicant-contact-error' : '',
              ]
                .filter(Boolean)
                .join(' ')}
              onChange={(e) => set({ email: e.target.value })}
            />
          </Field>
        </div>
        <div className="col-md-6">
          <Field id="applicant-phone" label={t('applicant.phone')} error={errors.phone}>
            <input
              id="applicant-phone"
              type="tel"
              className={`form-control${errors.phone ? ' is-invalid' : ''}`}
              autoComplete="tel"
              value={a.phone}
              aria-invalid={Boolean(errors.phone) || undefined}
              aria-describedby={[described('applicant-phone', errors.phone), 'applicant-contact-hint']
                .filter(Boolean)
                .join(' ')}
              onChange={(e) => set({ phone: e.target.value })}
            />
          </Field>
        </div>
      </div>
      <div className="mb-3">
        <label htmlFor="applicant-locale" className="form-label">
          {t('applicant.language')}
        </label>
        <select
          id="applicant-locale"
          className="form-select"
          value={a.locale}
          onChange={(e) => set({ locale: e.target.value === 'en' ? 'en' : 'it' })}
        >
          <option value="it">{t('languages.it')}</option>
          <option value="en">{t('languages.en')}</option>
        </select>
      </div>
      <StepNav onBack={onBack} />
    </form>
  );
}

import { SelectField, TextAreaField } from '@facile/web/ui';
import { Button } from 'design-react-kit';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDraft } from '../auth';
import {
  EMPTY_FORM,
  FACILITATION_FIELDS,
  FACILITATION_OPTIONS,
  NOTE_MAX,
  OUTCOMES,
  closesWithData,
  failureOf,
  fieldErrorsOf,
  transitionBody,
  transitionsOffered,
  validateTransition,
  type Case,
  type Failure,
  type FormErrors,
  type Outcome,
  type TransitionForm,
} from './case-model';
import { useCase, useTransition } from './cases-api';

/** The form to move the case: only the allowed moves; outcome and facilitation data when it closes it. */
export function TransitionPanel({ value: c }: { value: Case }) {
  const { t } = useTranslation('cases');
  const id = useId();
  const [form, setForm, clearForm] = useDraft<TransitionForm>(`case-${c.code}`, EMPTY_FORM);
  const [errors, setErrors] = useState<FormErrors>({});
  const [failure, setFailure] = useState<Failure | null>(null);
  const [done, setDone] = useState('');
  const move = useTransition(c.code);
  const reload = useCase(c.code);
  const alertRef = useRef<HTMLDivElement>(null);
  const doneRef = useRef<HTMLParagraphElement>(null);
  const offered = transitionsOffered(c);
  const to: TransitionForm['to'] = form.to && offered.includes(form.to) ? form.to : '';
  const closing = closesWithData(to);
  const fieldId = (key: string) => `${id}-${key.replace('.', '-')}`;
  const errorOf = (key: string) => (errors[key] ? t(errors[key] as 'errors.refused') : undefined);

  const focusFirst = (found: FormErrors) => {
    const first = Object.keys(found).find((k) => k !== 'form');
    const target = first
      ? (document.getElementById(first === 'to' ? `${fieldId('to')}-${offered[0]}` : fieldId(first)) ??
        alertRef.current)
      : alertRef.current;
    requestAnimationFrame(() => target?.focus());
  };
  useEffect(() => {
    if (done) requestAnimationFrame(() => doneRef.current?.focus());
  }, [done]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (move.isPending) return;
    const current = { ...form, to };
    const found = validateTransition(current);
    setErrors(found);
    setFailure(null);
    setDone('');
    if (Object.keys(found).length > 0) return focusFirst(found);
    move.mutate(transitionBody(current), {
      onSuccess: (updated) => {
        clearForm();
        setDone(t('move.done', { status: t(`status.${updated.status}`) }));
      },
      onError: (error) => {
        const kind = failureOf(error);
        const fields = kind === 'fields' ? fieldErrorsOf(error) : {};
        setFailure(kind);
        setErrors(fields);
        focusFirst(kind === 'fields' ? fields : {});
      },
    });
  };

  const alertText =
    failure === null
      ? errors['form']
        ? t('errors.refused')
        : ''
      : failure === 'fields'
        ? Object.keys(errors).length > 0
          ? t('errors.summary')
          : t('errors.refused')
        : t(`errors.${failure}`);

  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="h4">
        {t('move.title')}
      </h2>
      <p ref={doneRef} role="status" tabIndex={-1} className={done ? 'alert alert-success' : 'mb-0'}>
        {done}
      </p>
      {offered.length === 0 ? (
        <p>{t('detail.closed')}</p>
      ) : (
        <form noValidate onSubmit={submit} aria-describedby={alertText ? `${id}-alert` : undefined}>
          <div ref={alertRef} tabIndex={-1} id={`${id}-alert`} role="alert">
            {alertText && (
              <div className="alert alert-danger">
                <p className="mb-2">{alertText}</p>
                {(failure === 'network' || failure === 'unavailable') && (
                  <Button color="primary" size="xs" type="submit">
                    {t('errors.retry')}
                  </Button>
                )}
                {failure === 'conflict' && (
                  <Button color="primary" size="xs" type="button" onClick={() => void reload.refetch()}>
                    {t('errors.reload')}
                  </Button>
                )}
                {(failure === 'forbidden' || failure === 'gone') && (
                  <Link to="/pratiche">{t('detail.back')}</Link>
                )}
              </div>
            )}
          </div>
          <fieldset
            className="mb-4"
            aria-describedby={`${id}-to-hint${errors['to'] ? ` ${id}-to-error` : ''}`}
          >
            <legend className="fs-6 fw-semibold">{t('move.to')}</legend>
            <p id={`${id}-to-hint`} className="small mb-2">
              {t('move.toHint')}
            </p>
            {offered.map((s) => (
              <div className="form-check" key={s}>
                <input
                  className="form-check-input"
                  type="radio"
                  name={`${id}-to`}
                  id={`${fieldId('to')}-${s}`}
                  value={s}
                  checked={to === s}
                  onChange={() => setForm({ ...form, to: s })}
                />
                <label className="form-check-label" htmlFor={`${fieldId('to')}-${s}`}>
                  {t(`status.${s}`)}
                </label>
              </div>
            ))}
            {errors['to'] && (
              <div id={`${id}-to-error`} className="invalid-feedback d-block">
                {errorOf('to')}
              </div>
            )}
          </fieldset>
          {closing && (
            <>
              <SelectField
                id={fieldId('outcome')}
                label={t('move.outcome')}
                value={form.outcome}
                onChange={(v) => setForm({ ...form, outcome: v as Outcome | '' })}
                placeholder={t('move.choose')}
                options={OUTCOMES.map((o) => ({ value: o, label: t(`outcome.${o}`) }))}
                error={errorOf('outcome')}
                required={to === 'resolved'}
              />
              <fieldset className="mb-2" aria-describedby={`${id}-fac-hint`}>
                <legend className="fs-6 fw-semibold">{t('move.facilitation')}</legend>
                <p id={`${id}-fac-hint`} className="small">
                  {t('move.facilitationHint')}
                </p>
                {FACILITATION_FIELDS.map((f) => (
                  <SelectField
                    key={f}
                    id={fieldId(`facilitation.${f}`)}
                    label={t(`facilitation.${f}`)}
                    value={form.facilitation[f] ?? ''}
                    onChange={(v) => setForm({ ...form, facilitation: { ...form.facilitation, [f]: v } })}
                    placeholder={t('move.choose')}
                    options={FACILITATION_OPTIONS[f].map((o) => ({
                      value: o,
                      label: t(`facilitation.values.${f}.${o}` as 'facilitation.values.gender.other'),
                    }))}
                    error={errorOf(`facilitation.${f}`)}
                    required
                  />
                ))}
              </fieldset>
            </>
          )}
          <TextAreaField
            id={fieldId('note')}
            label={t('move.note')}
            hint={t('move.noteHint')}
            error={errorOf('note')}
            maxLength={NOTE_MAX}
            value={form.note}
            onChange={(note) => setForm({ ...form, note })}
          />
          <Button color="primary" type="submit" aria-disabled={move.isPending || undefined}>
            {move.isPending ? t('move.sending') : t('move.submit')}
          </Button>
        </form>
      )}
    </section>
  );
}

import { problemMessage } from '@facile/web/ui';
import { ApiProblem } from '@facile/web/api-client';
import { Button } from 'design-react-kit';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { describedBy, FieldError } from '../shared/field-error';
import type { CreateService, TaxonomyEntry } from './catalogue-api';
import {
  TEXT_SECTIONS,
  formToBody,
  validateCard,
  type CardFormErrors,
  type CardFormValues,
} from './card-form-model';

export interface CardFormProps {
  initial: CardFormValues;
  isNew: boolean;
  categories: TaxonomyEntry[];
  lifeEvents: TaxonomyEntry[];
  saving: boolean;
  error: unknown;
  onSubmit: (body: CreateService) => void;
}

const FIELD_OF_PROBLEM: Record<string, keyof CardFormErrors> = {
  slug: 'slug',
  title: 'title',
  summary: 'summary',
  category: 'category',
  durationMinutes: 'durationMinutes',
};

/** Every part of a procedure card in one form; what is typed stays when the API refuses it. */
export function CardForm({ initial, isNew, categories, lifeEvents, saving, error, onSubmit }: CardFormProps) {
  const { t, i18n } = useTranslation('union');
  const { t: tc } = useTranslation();
  const [v, setV] = useState(initial);
  const [wrong, setWrong] = useState<(keyof CardFormErrors)[]>([]);
  const lang = i18n.resolvedLanguage === 'en' ? 'en' : 'it';

  const serverWrong =
    error instanceof ApiProblem
      ? error.errors.flatMap((e) => {
          const field = FIELD_OF_PROBLEM[e.field.split('.')[0] ?? ''];
          return field ? [field] : [];
        })
      : [];
  const allWrong = new Set([...wrong, ...serverWrong]);
  const messageOf = (field: keyof CardFormErrors) =>
    allWrong.has(field) ? t(`card.errors.${field === 'durationMinutes' ? 'duration' : field}`) : undefined;

  const set = <K extends keyof CardFormValues>(key: K, value: CardFormValues[K]) =>
    setV((o) => ({ ...o, [key]: value }));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found = validateCard(v, isNew);
    setWrong(found);
    if (found.length) {
      document.getElementById(`card-${found[0]}`)?.focus();
      return;
    }
    onSubmit(formToBody(v));
  };

  const text = (field: 'slug' | 'title' | 'summary', label: string, hint?: string, multiline = false) => {
    const id = `card-${field}`;
    const err = messageOf(field);
    const props = {
      ...describedBy(id, { hint: !!hint, error: err }),
      className: `form-control${err ? ' is-invalid' : ''}`,
      value: v[field],
      required: true,
      onChange: (e: { target: { value: string } }) => set(field, e.target.value),
    };
    return (
      <div className="mb-4">
        <label htmlFor={id} className="form-label fw-semibold">
          {label} <span className="text-secondary fw-normal">({t('form.required')})</span>
        </label>
        {multiline ? <textarea rows={3} {...props} /> : <input type="text" {...props} />}
        {hint && (
          <div id={`${id}-hint`} className="form-text">
            {hint}
          </div>
        )}
        <FieldError id={`${id}-error`} message={err} />
      </div>
    );
  };

  const categoryErr = messageOf('category');
  const durationErr = messageOf('durationMinutes');
  const unknownRefusal = error && serverWrong.length === 0;

  return (
    <form noValidate onSubmit={submit} aria-describedby={unknownRefusal ? 'card-form-error' : undefined}>
      <fieldset className="mb-4">
        <legend className="h3">{t('card.general')}</legend>
        {isNew && text('slug', t('card.slug'), t('card.slugHint'))}
        {text('title', t('card.titleField'))}
        {text('summary', t('card.summary'), undefined, true)}
        <div className="mb-4">
          <label htmlFor="card-category" className="form-label fw-semibold">
            {t('card.category')} <span className="text-secondary fw-normal">({t('form.required')})</span>
          </label>
          <select
            {...describedBy('card-category', { error: categoryErr })}
            className={`form-select${categoryErr ? ' is-invalid' : ''}`}
            value={v.category}
            required
            onChange={(e) => set('category', e.target.value)}
          >
            <option value="">{t('card.chooseCategory')}</option>
            {categories.map((c) => (
              <option key={c.id} value={c.id}>
                {c.title[lang]}
              </option>
            ))}
          </select>
          <FieldError id="card-category-error" message={categoryErr} />
        </div>
        <fieldset className="mb-4">
          <legend className="form-label fw-semibold fs-6">{t('card.lifeEvents')}</legend>
          <div className="row">
            {lifeEvents.map((le) => (
              <div className="form-check col-12 col-md-6" key={le.id}>
                <input
                  id={`card-le-${le.id}`}
                  type="checkbox"
                  checked={v.lifeEvents.includes(le.id)}
                  onChange={(e) =>
                    set(
                      'lifeEvents',
                      e.target.checked ? [...v.lifeEvents, le.id] : v.lifeEvents.filter((x) => x !== le.id),
                    )
                  }
                />
                <label htmlFor={`card-le-${le.id}`}>{le.title[lang]}</label>
              </div>
            ))}
          </div>
        </fieldset>
        <div className="mb-4">
          <label htmlFor="card-keywords" className="form-label fw-semibold">
            {t('card.keywords')}
          </label>
          <input
            type="text"
            className="form-control"
            {...describedBy('card-keywords', { hint: true })}
            value={v.keywords}
            onChange={(e) => set('keywords', e.target.value)}
          />
          <div id="card-keywords-hint" className="form-text">
            {t('card.keywordsHint')}
          </div>
        </div>
      </fieldset>

      <fieldset className="mb-4">
        <legend className="h3">{t('card.delivery')}</legend>
        <div className="form-check">
          <input
            id="card-bookable"
            type="checkbox"
            checked={v.bookable}
            onChange={(e) => set('bookable', e.target.checked)}
          />
          <label htmlFor="card-bookable">{t('card.bookable')}</label>
        </div>
        <div className="form-check">
          <input
            id="card-walkin"
            type="checkbox"
            checked={v.walkIn}
            onChange={(e) => set('walkIn', e.target.checked)}
          />
          <label htmlFor="card-walkin">{t('card.walkIn')}</label>
        </div>
        <div className="mb-4 mt-3">
          <label htmlFor="card-durationMinutes" className="form-label fw-semibold">
            {t('card.duration')} <span className="text-secondary fw-normal">({t('form.required')})</span>
          </label>
          <input
            type="number"
            min={5}
            max={240}
            step={1}
            inputMode="numeric"
            className={`form-control${durationErr ? ' is-invalid' : ''}`}
            style={{ maxWidth: '10rem' }}
            {...describedBy('card-durationMinutes', { hint: true, error: durationErr })}
            value={v.durationMinutes}
            onChange={(e) => set('durationMinutes', e.target.value)}
          />
          <div id="card-durationMinutes-hint" className="form-text">
            {t('card.durationHint')}
          </div>
          <FieldError id="card-durationMinutes-error" message={durationErr} />
        </div>
      </fieldset>

      <fieldset className="mb-4">
        <legend className="h3">{t('card.sectionsTitle')}</legend>
        {[...TEXT_SECTIONS.slice(0, 3), 'whatYouNeed' as const, ...TEXT_SECTIONS.slice(3)].map((key) => (
          <div className="mb-4" key={key}>
            <label htmlFor={`card-section-${key}`} className="form-label fw-semibold">
              {t(`card.sections.${key}`)}
            </label>
            <textarea
              rows={3}
              className="form-control"
              {...describedBy(`card-section-${key}`, { hint: key === 'whatYouNeed' })}
              value={v.sections[key]}
              onChange={(e) => set('sections', { ...v.sections, [key]: e.target.value })}
            />
            {key === 'whatYouNeed' && (
              <div id={`card-section-${key}-hint`} className="form-text">
                {t('card.sections.whatYouNeedHint')}
              </div>
            )}
          </div>
        ))}
      </fieldset>

      <div aria-live="polite">
        {Boolean(error) && (
          <div id="card-form-error" role="alert" className="alert alert-danger">
            {error instanceof ApiProblem && error.status === 409
              ? t('card.errors.conflict')
              : serverWrong.length
                ? t('form.fixErrors')
                : problemMessage(error, tc)}
          </div>
        )}
      </div>
      <Button type="submit" color="primary" aria-disabled={saving || undefined}>
        {saving ? t('form.saving') : isNew ? t('card.create') : t('card.save')}
      </Button>
    </form>
  );
}

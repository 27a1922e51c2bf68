import { ApiProblem } from '@facile/web/api-client';
import { problemMessage } from '@facile/web/ui';
import { Button } from 'design-react-kit';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { describedBy, FieldError } from '../shared/field-error';
import { SLUG_PATTERN } from '../shared/union-paths';
import { useChangeRotation, useCreateRotation, type Rotation, type Site } from './calendar-api';
import { rruleOf } from './month';

const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;
type Frequency = 'weekly' | 'biweekly' | 'monthly';

/**
 * A rotation of the Digitale Facile team: site, days (an RRULE built from simple choices) and hours; a new one, or
 * (with `editing`) the change of an existing one, whose code stays.
 */
export function RotationForm({
  sites,
  onCreated,
  editing,
}: {
  sites: Site[];
  onCreated: (validFrom: string) => void;
  editing?: Rotation;
}) {
  const { t, i18n } = useTranslation('union');
  const { t: tc } = useTranslation();
  const createRotation = useCreateRotation();
  const changeRotation = useChangeRotation();
  const create = editing ? changeRotation : createRotation;
  const [v, setV] = useState(() => ({
    id: editing?.id ?? '',
    resource: editing?.resource ?? 'digitale-facile-team',
    site: editing?.site ?? '',
    frequency: 'weekly' as Frequency,
    weekday: /BYDAY=(?:\d)?([A-Z]{2})/.exec(editing?.rrule ?? '')?.[1] ?? 'FR',
    rrule: editing?.rrule ?? 'FREQ=WEEKLY;BYDAY=FR',
    from: editing?.from ?? '09:00',
    to: editing?.to ?? '12:00',
    validFrom: editing?.validFrom ?? new Date().toISOString().slice(0, 10),
    counters: String(editing?.counters ?? 1),
  }));
  const [wrong, setWrong] = useState<string[]>([]);
  const [saved, setSaved] = useState<string | null>(null);
  const set = (patch: Partial<typeof v>) => setV((o) => ({ ...o, ...patch }));
  const dayName = (code: string) =>
    new Intl.DateTimeFormat(i18n.resolvedLanguage === 'en' ? 'en-GB' : 'it-IT', {
      weekday: 'long',
      timeZone: 'UTC',
    }).format(new Date(Date.UTC(2024, 0, 1 + WEEKDAYS.indexOf(code as (typeof WEEKDAYS)[number]))));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found: string[] = [];
    if (!SLUG_PATTERN.test(v.id.trim())) found.push('id');
    if (!v.site) found.push('site');
    if (!/^FREQ=/.test(v.rrule.trim())) found.push('rrule');
    if (!(v.to > v.from)) found.push('times');
    setWrong(found);
    setSaved(null);
    if (found.length) {
      document.getElementById(`rotation-${found[0] === 'times' ? 'to' : found[0]}`)?.focus();
      return;
    }
    const id = v.id.trim();
    create.mutate(
      {
        id,
        resource: v.resource.trim(),
        site: v.site,
        rrule: v.rrule.trim(),
        from: v.from,
        to: v.to,
        validFrom: v.validFrom || undefined,
        counters: Number(v.counters) || 1,
      },
      {
        onSuccess: (rotation) => {
          setSaved(rotation.id);
          onCreated(rotation.validFrom);
        },
      },
    );
  };
  const err = (key: string) =>
    wrong.includes(key) ? t(`calendar.rotation.errors.${key}` as 'calendar.rotation.errors.id') : undefined;

  return (
    <form noValidate onSubmit={submit} aria-labelledby="rotation-title" className="mb-5">
      <h2 id="rotation-title" className="h3">
        {editing ? t('calendar.rotation.editTitle', { id: editing.id }) : t('calendar.rotation.title')}
      </h2>
      <p>{t('calendar.rotation.intro')}</p>
      <div className="row g-3">
        <div className="col-12 col-md-6">
          <label htmlFor="rotation-id" className="form-label fw-semibold">
            {t('calendar.rotation.id')}
          </label>
          <input
            type="text"
            className={`form-control${err('id') ? ' is-invalid' : ''}`}
            {...describedBy('rotation-id', { hint: true, error: err('id') })}
            readOnly={editing !== undefined}
            value={v.id}
            onChange={(e) => set({ id: e.target.value })}
          />
          <div id="rotation-id-hint" className="form-text">
            {t('calendar.rotation.idHint')}
          </div>
          <FieldError id="rotation-id-error" message={err('id')} />
        </div>
        <div className="col-12 col-md-6">
          <label htmlFor="rotation-resource" className="form-label fw-semibold">
            {t('calendar.rotation.resource')}
          </label>
          <input
            id="rotation-resource"
            type="text"
            className="form-control"
            value={v.resource}
            onChange={(e) => set({ resource: e.target.value })}
          />
        </div>
        <div className="col-12 col-md-6">
          <label htmlFor="rotation-site" className="form-label fw-semibold">
            {t('calendar.rotation.site')}
          </label>
          <select
            className={`form-select${err('site') ? ' is-invalid' : ''}`}
            {...describedBy('rotation-site', { error: err('site') })}
            value={v.site}
            onChange={(e) => set({ site: e.target.value })}
          >
            <option value="">{t('calendar.rotation.chooseSite')}</option>
            {sites.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
          <FieldError id="rotation-site-error" message={err('site')} />
        </div>
        <div className="col-6 col-md-3">
          <label htmlFor="rotation-frequency" className="form-label fw-semibold">
            {t('calendar.rotation.frequency')}
          </label>
          <select
            id="rotation-frequency"
            className="form-select"
            value={v.frequency}
            onChange={(e) => {
              const frequency = e.target.value as Frequency;
              set({ frequency, rrule: rruleOf(frequency, v.weekday) });
            }}
          >
            {(['weekly', 'biweekly', 'monthly'] as const).map((f) => (
              <option key={f} value={f}>
                {t(`calendar.rotation.${f}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="col-6 col-md-3">
          <label htmlFor="rotation-weekday" className="form-label fw-semibold">
            {t('calendar.rotation.weekday')}
          </label>
          <select
            id="rotation-weekday"
            className="form-select text-capitalize"
            value={v.weekday}
            onChange={(e) => set({ weekday: e.target.value, rrule: rruleOf(v.frequency, e.target.value) })}
          >
            {WEEKDAYS.map((d) => (
              <option key={d} value={d}>
                {dayName(d)}
              </option>
            ))}
          </select>
        </div>
        <div className="col-12 col-md-6">
          <label htmlFor="rotation-rrule" className="form-label fw-semibold">
            {t('calendar.rotation.rrule')}
          </label>
          <input
            type="text"
            className={`form-control font-monospace${err('rrule') ? ' is-invalid' : ''}`}
            {...describedBy('rotation-rrule', { hint: true, error: err('rrule') })}
            value={v.rrule}
            onChange={(e) => set({ rrule: e.target.value })}
          />
          <div id="rotation-rrule-hint" className="form-text">
            {t('calendar.rotation.rruleHint')}
          </div>
          <FieldError id="rotation-rrule-error" message={err('rrule')} />
        </div>
        <div className="col-6 col-md-3">
          <label htmlFor="rotation-from" className="form-label fw-semibold">
            {t('calendar.rotation.from')}
          </label>
          <input
            id="rotation-from"
            type="time"
            className="form-control"
            value={v.from}
            onChange={(e) => set({ from: e.target.value })}
          />
        </div>
        <div className="col-6 col-md-3">
          <label htmlFor="rotation-to" className="form-label fw-semibold">
            {t('calendar.rotation.to')}
          </label>
          <input
            type="time"
            className={`form-control${err('times') ? ' is-invalid' : ''}`}
            {...describedBy('rotation-to', { error: err('times') })}
            value={v.to}
            onChange={(e) => set({ to: e.target.value })}
          />
          <FieldError id="rotation-to-error" message={err('times')} />
        </div>
        <div className="col-6 col-md-3">
          <label htmlFor="rotation-validFrom" className="form-label fw-semibold">
            {t('calendar.rotation.validFrom')}
          </label>
          <input
            id="rotation-validFrom"
            type="date"
            className="form-control"
            value={v.validFrom}
            onChange={(e) => set({ validFrom: e.target.value })}
          />
        </div>
        <div className="col-6 col-md-3">
          <label htmlFor="rotation-counters" className="form-label fw-semibold">
            {t('calendar.rotation.counters')}
          </label>
          <input
            id="rotation-counters"
            type="number"
            min={1}
            max={20}
            className="form-control"
            value={v.counters}
            onChange={(e) => set({ counters: e.target.value })}
          />
        </div>
      </div>
      <div aria-live="polite">
        {saved && (
          <p className="alert alert-success">
            {editing
              ? t('calendar.rotation.changed', { id: saved })
              : t('calendar.rotation.saved', { id: saved })}
          </p>
        )}
        {create.error && (
          <p role="alert" className="alert alert-danger">
            {create.error instanceof ApiProblem && create.error.status === 409
              ? t('calendar.rotation.errors.conflict')
              : create.error instanceof ApiProblem && create.error.status === 400 && create.error.detail
                ? create.error.detail
                : problemMessage(create.error, tc)}
          </p>
        )}
      </div>
      <Button type="submit" color="primary" aria-disabled={create.isPending || undefined}>
        {create.isPending
          ? t('form.saving')
          : editing
            ? t('calendar.rotation.saveChange')
            : t('calendar.rotation.save')}
      </Button>
    </form>
  );
}

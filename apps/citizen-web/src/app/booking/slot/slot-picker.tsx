import { useDateFormat } from '@facile/web/i18n';
import { QueryView } from '@facile/web/ui';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useAvailability, type Slot } from '../state/booking-api';
import { dayOf, monthOf, monthRange, shiftMonth } from '../state/booking-draft';

export interface SlotPickerProps {
  tenant: string;
  services: string[];
  site: string;
  month: string;
  onMonth: (month: string) => void;
  day: string;
  onDay: (day: string) => void;
  selected: string;
  onSelect: (slot: Slot) => void;
  /** Starts not to offer (one just taken, the booking's own time). */
  exclude?: string[];
  idPrefix: string;
}

/** Month navigation, then the day, then the day's free times as radios that name the full day and time. */
export function SlotPicker(props: SlotPickerProps) {
  const { t } = useTranslation('booking');
  const fmt = useDateFormat();
  const today = dayOf(new Date());
  const month = props.month || monthOf(new Date());
  const range = monthRange(month, today);
  const slots = useAvailability({
    tenant: props.tenant,
    services: props.services,
    site: props.site,
    ...range,
  });
  const thisMonth = monthOf(new Date());
  const monthLabel = fmt.dateTime(`${month}-15T12:00:00Z`, { month: 'long', year: 'numeric' });

  return (
    <>
      <div className="d-flex align-items-center justify-content-between gap-2 mb-3">
        <button
          type="button"
          className="btn btn-outline-primary btn-sm"
          aria-disabled={month <= thisMonth || undefined}
          onClick={() => month > thisMonth && props.onMonth(shiftMonth(month, -1))}
        >
          {t('slot.previousMonth')}
        </button>
        <p className="h5 mb-0" aria-live="polite">
          <span className="visually-hidden">{t('slot.month')}: </span>
          {monthLabel}
        </p>
        <button
          type="button"
          className="btn btn-outline-primary btn-sm"
          onClick={() => props.onMonth(shiftMonth(month, 1))}
        >
          {t('slot.nextMonth')}
        </button>
      </div>
      <QueryView query={slots} isEmpty={(l) => l.length === 0} emptyMessage={t('slot.noSlots')}>
        {(list) => <Days {...props} list={list.filter((s) => !props.exclude?.includes(s.start))} />}
      </QueryView>
    </>
  );
}

function Days({ list, day, onDay, selected, onSelect, idPrefix }: SlotPickerProps & { list: Slot[] }) {
  const { t } = useTranslation('booking');
  const fmt = useDateFormat();
  const days = useMemo(() => [...new Set(list.map((s) => dayOf(s.start)))], [list]);
  const shown = days.includes(day) ? day : (days[0] ?? '');
  const ofDay = list.filter((s) => dayOf(s.start) === shown);
  if (days.length === 0) return <p className="alert alert-info">{t('slot.noSlots')}</p>;
  return (
    <>
      <div className="mb-3">
        <label htmlFor={`${idPrefix}-day`} className="form-label">
          {t('slot.day')}
        </label>
        <select
          id={`${idPrefix}-day`}
          className="form-select"
          value={shown}
          onChange={(e) => onDay(e.target.value)}
        >
          {days.map((d) => (
            <option key={d} value={d}>
              {fmt.dateTime(`${d}T12:00:00Z`, {
                weekday: 'long',
                day: 'numeric',
                month: 'long',
                year: 'numeric',
              })}
            </option>
          ))}
        </select>
      </div>
      <fieldset>
        <legend className="h5">{t('slot.times')}</legend>
        {ofDay.map((slot) => (
          <div className="form-check" key={`${slot.site}-${slot.start}`}>
            <input
              className="form-check-input"
              type="radio"
              name={`${idPrefix}-slot`}
              id={`${idPrefix}-${slot.start}`}
              checked={selected === slot.start}
              onChange={() => onSelect(slot)}
            />
            <label className="form-check-label" htmlFor={`${idPrefix}-${slot.start}`}>
              {slotLabel(fmt, slot.start)}
            </label>
          </div>
        ))}
      </fieldset>
    </>
  );
}

/** "martedì 6 aprile 2027, 09:00" in the language shown, Europe/Rome. */
export function slotLabel(fmt: ReturnType<typeof useDateFormat>, start: string) {
  return `${fmt.dateTime(start, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' })}, ${fmt.time(start)}`;
}

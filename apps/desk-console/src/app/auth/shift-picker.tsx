import { Button } from 'design-react-kit';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useShift } from './shift';
import type { Site } from './staff-sites';

/** Start of shift: the site (only those this member of staff may staff) and the counter. */
export function ShiftPicker({ sites, onDone }: { sites: readonly Site[]; onDone?: () => void }) {
  const { t } = useTranslation('auth');
  const id = useId();
  const [shift, setShift] = useShift(sites.map((s) => s.id));
  const [site, setSite] = useState(shift?.site ?? sites[0]?.id ?? '');
  const [counter, setCounter] = useState(shift?.counter ?? '1');
  const chosen = sites.find((s) => s.id === site);
  if (sites.length === 0)
    return (
      <p role="alert" className="mb-0">
        {t('shift.noSites')}
      </p>
    );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!chosen) return;
    setShift({ site: chosen.id, counter });
    onDone?.();
  };
  return (
    <form onSubmit={submit} className="d-flex flex-wrap align-items-end gap-3">
      <h2 className="h6 w-100 mb-0">{t('shift.title')}</h2>
      <div className="select-wrapper">
        <label htmlFor={`${id}-site`}>{t('shift.site')}</label>
        <select id={`${id}-site`} value={site} onChange={(e) => setSite(e.target.value)}>
          {sites.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </div>
      <div className="select-wrapper">
        <label htmlFor={`${id}-counter`}>{t('shift.counter')}</label>
        <select id={`${id}-counter`} value={counter} onChange={(e) => setCounter(e.target.value)}>
          {Array.from({ length: chosen?.counters ?? 1 }, (_, i) => String(i + 1)).map((n) => (
            <option key={n} value={n}>
              {t('shift.counterN', { n })}
            </option>
          ))}
        </select>
      </div>
      <Button type="submit" color="primary" size="sm">
        {t('shift.start')}
      </Button>
    </form>
  );
}

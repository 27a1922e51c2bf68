import { useTranslation } from 'react-i18next';
import { WEEKDAYS, type HoursProblem, type TimeRange } from '../lib/opening-hours';

/** Seven days, each with its ranges (two time inputs and a remove button) and an add button. */
export function WeekGrid({
  week,
  problems,
  onChange,
}: {
  week: TimeRange[][];
  problems: HoursProblem[];
  onChange: (week: TimeRange[][]) => void;
}) {
  const { t } = useTranslation('admin');
  const setDay = (day: number, ranges: TimeRange[]) => onChange(week.map((r, i) => (i === day ? ranges : r)));
  return (
    <div>
      {WEEKDAYS.map((key, day) => {
        const ranges = week[day] ?? [];
        const dayName = t(`sites.days.${key}`);
        return (
          <fieldset key={key} className="border-bottom py-2">
            <legend className="h6">{dayName}</legend>
            {ranges.length === 0 && <p className="mb-2">{t('sites.closed')}</p>}
            {ranges.map((range, index) => {
              const problem = problems.find((p) => p.day === day && p.index === index)?.problem;
              const base = `hours-${key}-${index}`;
              const set = (patch: Partial<TimeRange>) =>
                setDay(
                  day,
                  ranges.map((r, i) => (i === index ? { ...r, ...patch } : r)),
                );
              return (
                <div key={index} className="d-flex flex-wrap align-items-end gap-3 mb-2">
                  <div>
                    <label htmlFor={`${base}-start`} className="d-block">
                      {t('sites.from')}
                    </label>
                    <input
                      id={`${base}-start`}
                      type="time"
                      className={`form-control${problem ? ' is-invalid' : ''}`}
                      value={range.start}
                      onChange={(e) => set({ start: e.target.value })}
                      aria-invalid={problem ? true : undefined}
                      aria-describedby={problem ? `${base}-error` : undefined}
                    />
                  </div>
                  <div>
                    <label htmlFor={`${base}-end`} className="d-block">
                      {t('sites.to')}
                    </label>
                    <input
                      id={`${base}-end`}
                      type="time"
                      className={`form-control${problem ? ' is-invalid' : ''}`}
                      value={range.end}
                      onChange={(e) => set({ end: e.target.value })}
                      aria-invalid={problem ? true : undefined}
                      aria-describedby={problem ? `${base}-error` : undefined}
                    />
                  </div>
                  <button
                    type="button"
                    className="btn btn-outline-danger btn-sm"
                    onClick={() =>
                      setDay(
                        day,
                        ranges.filter((_, i) => i !== index),
                      )
                    }
                  >
                    {t('sites.removeRange', { index: index + 1, day: dayName })}
                  </button>
                  {problem && (
                    <div id={`${base}-error`} className="invalid-feedback d-block w-100" role="alert">
                      {t(`sites.errors.${problem}`)}
                    </div>
                  )}
                </div>
              );
            })}
            <button
              type="button"
              className="btn btn-outline-primary btn-sm mb-2"
              onClick={() => setDay(day, [...ranges, { start: '', end: '' }])}
            >
              {t('sites.addRange', { day: dayName })}
            </button>
          </fieldset>
        );
      })}
    </div>
  );
}

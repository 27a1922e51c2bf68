import { ValidationFailedError } from '@facile/platform/errors';

export interface AvailabilityQuery {
  services: string[];
  tenant: string;
  site?: string;
  from: string;
  to: string;
}

export const MAX_RANGE_DAYS = 62;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

const isRealDate = (d: string): boolean => {
  if (!DATE.test(d)) return false;
  const t = Date.parse(`${d}T00:00:00Z`);
  return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === d;
};

/** Dates `YYYY-MM-DD` (real ones), `to` not before `from`, at most 62 days. */
export function checkRange(from: string, to: string): void {
  const problems = [];
  if (!isRealDate(from)) problems.push({ field: 'from', message: 'must be a date YYYY-MM-DD' });
  if (!isRealDate(to)) problems.push({ field: 'to', message: 'must be a date YYYY-MM-DD' });
  if (problems.length) throw new ValidationFailedError(problems);
  const days = (Date.parse(to) - Date.parse(from)) / 86_400_000 + 1;
  if (days < 1) throw new ValidationFailedError([{ field: 'to', message: 'must not be before from' }]);
  if (days > MAX_RANGE_DAYS)
    throw new ValidationFailedError([
      { field: 'to', message: `the range is at most ${MAX_RANGE_DAYS} days` },
    ]);
}

import { ValidationFailedError } from '@facile/platform/errors';
import { STATISTICS_DIMENSIONS, StatisticsDimension } from '../ports/statistics.reader';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

const isRealDate = (d: string | undefined): d is string => {
  if (!d || !DATE.test(d)) return false;
  const t = Date.parse(`${d}T00:00:00Z`);
  return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === d;
};

/** The same calendar date `years` later (29 February → 1 March). */
export const plusYears = (date: string, years: number): string => {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y + years, m - 1, d)).toISOString().slice(0, 10);
};

export const MAX_STATISTICS_YEARS = 2;

/** Real dates, `to` not before `from`, at most two years, a known dimension. */
export function checkStatisticsQuery(
  from: string | undefined,
  to: string | undefined,
  groupBy: string,
): asserts from is string {
  const problems = [];
  if (!isRealDate(from)) problems.push({ field: 'from', message: 'must be a date YYYY-MM-DD' });
  if (!isRealDate(to)) problems.push({ field: 'to', message: 'must be a date YYYY-MM-DD' });
  if (!(STATISTICS_DIMENSIONS as readonly string[]).includes(groupBy)) {
    problems.push({ field: 'groupBy', message: `must be one of ${STATISTICS_DIMENSIONS.join(', ')}` });
  }
  if (problems.length) throw new ValidationFailedError(problems);
  if ((to as string) < (from as string))
    throw new ValidationFailedError([{ field: 'to', message: 'must not be before from' }]);
  if ((to as string) >= plusYears(from as string, MAX_STATISTICS_YEARS)) {
    throw new ValidationFailedError([
      { field: 'to', message: `the range is at most ${MAX_STATISTICS_YEARS} years` },
    ]);
  }
}

export const isDimension = (d: string): d is StatisticsDimension =>
  (STATISTICS_DIMENSIONS as readonly string[]).includes(d);

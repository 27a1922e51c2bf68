/** A site's weekly opening hours: for each weekday, time ranges `HH:MM`–`HH:MM` that must not overlap. */

export interface TimeRange {
  start: string;
  end: string;
}

export type RangeProblem = 'format' | 'end-before-start' | 'overlap';

export interface HoursProblem {
  day: number;
  index: number;
  problem: RangeProblem;
}

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$|^(24):(00)$/;

/** Minutes since midnight of `HH:MM`, or null when it is not a time. */
export function minutesOf(time: string): number | null {
  const match = TIME.exec(time);
  if (!match) return null;
  return Number(match[1] ?? match[3]) * 60 + Number(match[2] ?? match[4]);
}

/** The problems of one day's ranges, each tied to the range (by index) it concerns. */
export function validateDay(ranges: readonly TimeRange[]): { index: number; problem: RangeProblem }[] {
  const problems: { index: number; problem: RangeProblem }[] = [];
  const valid: { index: number; start: number; end: number }[] = [];
  ranges.forEach((range, index) => {
    const start = minutesOf(range.start);
    const end = minutesOf(range.end);
    if (start === null || end === null) problems.push({ index, problem: 'format' });
    else if (end <= start) problems.push({ index, problem: 'end-before-start' });
    else valid.push({ index, start, end });
  });
  const sorted = [...valid].sort((a, b) => a.start - b.start);
  sorted.forEach((range, i) => {
    const before = sorted[i - 1];
    if (before && range.start < before.end) problems.push({ index: range.index, problem: 'overlap' });
  });
  return problems.sort((a, b) => a.index - b.index);
}

/** The problems of a whole week (index 0 = Monday … 6 = Sunday); empty when it can be saved. */
export function validateWeek(week: readonly (readonly TimeRange[])[]): HoursProblem[] {
  return week.flatMap((ranges, day) => validateDay(ranges).map((p) => ({ day, ...p })));
}

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];
export type WeeklyHours = Partial<Record<Weekday, string[][]>>;

/** The API's `{ mon: [["08:30","13:00"]], … }` as seven lists of ranges (a missing weekday is closed). */
export function toWeek(hours: WeeklyHours): TimeRange[][] {
  return WEEKDAYS.map((day) => (hours[day] ?? []).map(([start = '', end = '']) => ({ start, end })));
}

/** Seven lists of ranges as the API's body, each day's ranges in order of start. */
export function fromWeek(week: readonly (readonly TimeRange[])[]): Record<Weekday, string[][]> {
  const out = {} as Record<Weekday, string[][]>;
  WEEKDAYS.forEach((day, i) => {
    out[day] = [...(week[i] ?? [])]
      .sort((a, b) => a.start.localeCompare(b.start))
      .map((r) => [r.start, r.end]);
  });
  return out;
}

/** Weekdays as in sites.json: luxon's weekday 1 = Monday. */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** Local `HH:MM` pairs; the gaps between intervals are breaks. */
export type LocalInterval = [string, string];
export type OpeningHours = Partial<Record<Weekday, LocalInterval[]>>;

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;

export const minutesOf = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** Problems with a weekly schedule (empty when valid): bad times, end before start, overlaps. */
export function openingHoursProblems(hours: OpeningHours): string[] {
  const problems: string[] = [];
  for (const [day, intervals] of Object.entries(hours)) {
    if (!(WEEKDAYS as readonly string[]).includes(day)) {
      problems.push(`${day} is not a weekday (mon..sun)`);
      continue;
    }
    const list: unknown[] = Array.isArray(intervals) ? intervals : [];
    if (!Array.isArray(intervals) && intervals !== undefined)
      problems.push(`${day}: a list of intervals is expected`);
    const valid = list.filter(
      (i): i is LocalInterval =>
        Array.isArray(i) &&
        i.length === 2 &&
        typeof i[0] === 'string' &&
        typeof i[1] === 'string' &&
        HHMM.test(i[0]) &&
        HHMM.test(i[1]),
    );
    if (valid.length !== list.length) problems.push(`${day}: each interval is ["HH:MM", "HH:MM"]`);
    let lastEnd = -1;
    for (const interval of [...valid].sort((a, b) => a[0].localeCompare(b[0]))) {
      const [from, to] = interval.map(minutesOf);
      if (to <= from) problems.push(`${day}: ${interval[0]}-${interval[1]} ends before it starts`);
      if (from < lastEnd) problems.push(`${day}: intervals overlap`);
      lastEnd = Math.max(lastEnd, to);
    }
  }
  return problems;
}

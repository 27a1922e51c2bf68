/** Gregorian computus (anonymous algorithm): Easter Sunday of a year as `YYYY-MM-DD`. */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return isoDate(year, month, day);
}

const pad = (n: number) => String(n).padStart(2, '0');
export const isoDate = (y: number, m: number, d: number): string => `${y}-${pad(m)}-${pad(d)}`;

function addDays(date: string, days: number): string {
  const t = new Date(`${date}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + days);
  return t.toISOString().slice(0, 10);
}

/** The shape of shared/data/holidays.json. */
export interface HolidayRules {
  fixed: { date: string; name: string; from?: number; until?: number }[];
  movable: { rule: string; name: string }[];
}

/** A municipality's patron day: a fixed `MM-DD` or a rule such as "second Sunday of July". */
export interface PatronDayRule {
  date?: string;
  rule?: string;
}

const ORDINALS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, last: -1 };
const DAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** "second Sunday of July" in a year → `YYYY-MM-DD`; undefined when the rule is not understood. */
export function nthWeekdayOfMonth(rule: string, year: number): string | undefined {
  const m = /^(first|second|third|fourth|last)\s+(\w+)\s+of\s+(\w+)$/i.exec(rule.trim());
  if (!m) return undefined;
  const nth = ORDINALS[m[1].toLowerCase()];
  const weekday = DAYS.indexOf(m[2].toLowerCase());
  const month = MONTHS.indexOf(m[3].toLowerCase());
  if (weekday < 0 || month < 0) return undefined;
  if (nth > 0) {
    const firstDow = new Date(Date.UTC(year, month, 1)).getUTCDay();
    const day = 1 + ((weekday - firstDow + 7) % 7) + (nth - 1) * 7;
    return isoDate(year, month + 1, day);
  }
  const lastDay = new Date(Date.UTC(year, month + 1, 0));
  const back = (lastDay.getUTCDay() - weekday + 7) % 7;
  return isoDate(year, month + 1, lastDay.getUTCDate() - back);
}

/** The patron day of a municipality in a year, or undefined. */
export function patronDayIn(rule: PatronDayRule | undefined, year: number): string | undefined {
  if (!rule) return undefined;
  if (rule.date && /^\d{2}-\d{2}$/.test(rule.date)) return `${year}-${rule.date}`;
  if (rule.rule) return nthWeekdayOfMonth(rule.rule, year);
  return undefined;
}

/**
 * National holidays (fixed ones with their validity years, Easter and Easter Monday computed) and each
 * municipality's patron day, which closes only that municipality's sites.
 */
export class HolidayCalendar {
  private readonly cache = new Map<number, Map<string, string>>();

  constructor(
    private readonly rules: HolidayRules,
    private readonly patronDays: Record<string, PatronDayRule | undefined> = {},
  ) {}

  /** National holidays of a year: date → name. */
  national(year: number): Map<string, string> {
    let days = this.cache.get(year);
    if (days) return days;
    days = new Map();
    for (const f of this.rules.fixed) {
      if ((f.from === undefined || year >= f.from) && (f.until === undefined || year <= f.until))
        days.set(`${year}-${f.date}`, f.name);
    }
    const easter = easterSunday(year);
    for (const mv of this.rules.movable) {
      const m = /^easter-sunday(?:([+-]\d+))?$/.exec(mv.rule);
      if (m) days.set(addDays(easter, Number(m[1] ?? 0)), mv.name);
    }
    this.cache.set(year, days);
    return days;
  }

  /** Why a site of that municipality is closed on that date, or undefined when it is not a holiday. */
  closedBecause(date: string, municipality: string): string | undefined {
    const year = Number(date.slice(0, 4));
    const national = this.national(year).get(date);
    if (national) return national;
    return patronDayIn(this.patronDays[municipality], year) === date ? 'patron day' : undefined;
  }
}

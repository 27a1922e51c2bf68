import { localeOf } from './languages';

/**
 * Every date and time the front ends show is Europe/Rome wall-clock time, whatever the device's own zone:
 * a booking at 09:30 in Cesena reads 09:30 on a phone set to another zone too.
 */
export const TIME_ZONE = 'Europe/Rome';

type DateInput = Date | string | number;

const toDate = (value: DateInput) => (value instanceof Date ? value : new Date(value));

/** Intl formatting in Europe/Rome, in the conventions of `language` (`it`, `en`); the caller's options cannot move it to another zone. */
export function formatDateTime(
  value: DateInput,
  language: string,
  options: Intl.DateTimeFormatOptions = {},
): string {
  return new Intl.DateTimeFormat(localeOf(language), { ...options, timeZone: TIME_ZONE }).format(
    toDate(value),
  );
}

/** A date, e.g. "15 gennaio 2026" / "15 January 2026". */
export function formatDate(value: DateInput, language: string): string {
  return formatDateTime(value, language, { day: 'numeric', month: 'long', year: 'numeric' });
}

/** A time of day, 24-hour, e.g. "13:05". */
export function formatTime(value: DateInput, language: string): string {
  return formatDateTime(value, language, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
}

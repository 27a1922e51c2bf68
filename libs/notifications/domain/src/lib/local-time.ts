import { NOTIFICATION_ZONE } from './delivery-policy';

/** One formatter for the zone, made once (luxon made a DateTime, its zone and a formatter for each date printed). */
const ROME = new Intl.DateTimeFormat('en-GB', {
  timeZone: NOTIFICATION_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** The day (dd/MM/yyyy) and time (HH:mm) of an instant on the clock of Europe/Rome, as messages print them. */
export function localDateAndTime(iso: string): { date: string; time: string } {
  const p: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {};
  for (const part of ROME.formatToParts(new Date(iso))) p[part.type] = part.value;
  return { date: `${p.day}/${p.month}/${p.year}`, time: `${p.hour}:${p.minute}` };
}

import { localDate } from '@facile/scheduling/domain';

/** Walk-in tickets: a letter per service group and a counter per site and local day. Pure. */

export const DEFAULT_GROUP_LETTER = 'A';

/** A001 … A999, then A1000: the number always reads back to the same counter value. */
export function ticketNumber(letter: string, seq: number): string {
  return `${letter}${String(seq).padStart(3, '0')}`;
}

/** The day a ticket belongs to: the site's local calendar day (the counter restarts at local midnight). */
export function ticketDay(at: Date, zone: string): string {
  return localDate(at.getTime(), zone);
}

/** Checked-in appointments get a ticket of their own letter when a counter calls them. */
export const APPOINTMENT_LETTER = 'P';

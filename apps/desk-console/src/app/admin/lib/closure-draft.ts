/** A closure being written in the console: a date, closed all day or open at other hours, and why. */
export interface ClosureDraft {
  date: string;
  allDay: boolean;
  start: string;
  end: string;
  reason: string;
}

export type ClosureProblem = 'date' | 'past' | 'hours';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** What stops the draft from being checked against the bookings, or null; `today` is YYYY-MM-DD in Europe/Rome. */
export function closureProblem(draft: ClosureDraft, today = romeToday()): ClosureProblem | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(draft.date) || Number.isNaN(Date.parse(draft.date))) return 'date';
  if (draft.date < today) return 'past';
  if (!draft.allDay && (!TIME.test(draft.start) || !TIME.test(draft.end) || draft.end <= draft.start))
    return 'hours';
  return null;
}

export function romeToday(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Rome',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

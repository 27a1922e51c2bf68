export const REMINDER_LEAD_MS = 24 * 3600 * 1000;

/** When the reminder of an appointment is due: 24 hours before it, or null when that moment has passed. */
export function reminderDueAt(start: Date, now: Date, leadMs = REMINDER_LEAD_MS): Date | null {
  const due = new Date(start.getTime() - leadMs);
  return due.getTime() > now.getTime() ? due : null;
}

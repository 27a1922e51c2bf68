import { DateTime } from 'luxon';

export const NOTIFICATION_ZONE = 'Europe/Rome';
/** `sending`: claimed and handed to the provider; a row left there by a crash is failed, never re-sent. */
export const DELIVERY_STATUSES = ['queued', 'sending', 'sent', 'failed', 'retrying', 'suppressed'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];
export const CHANNELS = ['email', 'sms', 'appio'] as const;
export type Channel = (typeof CHANNELS)[number];

/** Test-mode recipients: they simulate provider failures without sending anything. */
export const SIMULATED_TEMPORARY_FAILURE = 'temp-fail@simulator.invalid';
export const SIMULATED_PERMANENT_FAILURE = 'perm-fail@simulator.invalid';

/** How a failed attempt is classified: only temporary failures are retried. */
export type FailureKind = 'temporary' | 'permanent';

/** Local hours when no SMS is sent: from `start`:00 to `end`:00 (start === end: none). */
export interface QuietHours {
  start: number;
  end: number;
}
export const SMS_QUIET_HOURS: QuietHours = { start: 21, end: 8 };

/**
 * SMS are never sent between 21:00 and 08:00 Europe/Rome: a time inside the quiet hours is deferred to the next
 * 08:00 local time; any other time is returned unchanged.
 */
export function deferOutOfQuietHours(
  at: Date,
  quiet: QuietHours = SMS_QUIET_HOURS,
  zone = NOTIFICATION_ZONE,
): Date {
  if (quiet.start === quiet.end) return at;
  const local = DateTime.fromJSDate(at, { zone });
  const overnight = quiet.start > quiet.end;
  const inQuiet = overnight
    ? local.hour >= quiet.start || local.hour < quiet.end
    : local.hour >= quiet.start && local.hour < quiet.end;
  if (!inQuiet) return at;
  const base = overnight && local.hour >= quiet.start ? local.plus({ days: 1 }) : local;
  return base.set({ hour: quiet.end, minute: 0, second: 0, millisecond: 0 }).toJSDate();
}

/** Exponential backoff before attempt `attempt + 1` (attempt counts from 1). */
export function retryDelayMs(attempt: number, baseMs: number, maxMs = 3_600_000): number {
  return Math.min(baseMs * 2 ** Math.max(0, attempt - 1), maxMs);
}

/** What to do after a failed attempt. */
export function afterFailure(
  kind: FailureKind,
  attempts: number,
  maxAttempts: number,
): 'retrying' | 'failed' {
  return kind === 'temporary' && attempts < maxAttempts ? 'retrying' : 'failed';
}

/** HTTP status codes worth retrying: timeouts, rate limiting and server errors. */
export function isTemporaryHttpStatus(status: number): boolean {
  return status === 408 || status === 429 || status >= 500;
}

import { afterFailure, deferOutOfQuietHours, QuietHours, retryDelayMs } from '@facile/notifications/domain';
import { SendSuppressed } from './app-io.sender';
import { SendFailure } from './email.sender';

/** What the provider did with one claimed delivery. */
export type SendOutcome = { providerId: string; at: Date } | { error: unknown; at: Date };

/** The row's new state after an attempt, and the event to publish with it (sent and finally failed only). */
export interface RecordedOutcome {
  status: 'sent' | 'suppressed' | 'retrying' | 'failed';
  attempts: number;
  providerId: string | null;
  lastError: string | null;
  sentAt: Date | null;
  /** When the next attempt is due (retrying, failed); null leaves the column as it is. */
  nextAttemptAt: Date | null;
  publish?: { status: 'sent' | 'failed'; providerId?: string; error?: string };
}

export interface OutcomePolicy {
  maxAttempts: number;
  backoffMs: number;
  smsQuietHours: QuietHours;
}

/**
 * Sent; suppressed (App IO: no profile, or the citizen turned the service off); or failed, retried with exponential
 * backoff while the failure is temporary and attempts remain (an SMS retry waits out the quiet hours).
 */
export function recordedOutcome(
  channel: string,
  attempts: number,
  outcome: SendOutcome,
  policy: OutcomePolicy,
): RecordedOutcome {
  if ('providerId' in outcome)
    return {
      status: 'sent',
      attempts,
      providerId: outcome.providerId,
      lastError: null,
      sentAt: outcome.at,
      nextAttemptAt: null,
      publish: { status: 'sent', providerId: outcome.providerId },
    };
  const e = outcome.error;
  if (e instanceof SendSuppressed)
    return {
      status: 'suppressed',
      attempts,
      providerId: null,
      lastError: e.message,
      sentAt: null,
      nextAttemptAt: null,
    };
  const failure = e instanceof SendFailure ? e : new SendFailure((e as Error).message, 'temporary');
  const status = afterFailure(failure.kind, attempts, policy.maxAttempts);
  const retryAt = new Date(outcome.at.getTime() + retryDelayMs(attempts, policy.backoffMs));
  return {
    status,
    attempts,
    providerId: null,
    lastError: failure.message.slice(0, 1000),
    sentAt: null,
    nextAttemptAt: channel === 'sms' ? deferOutOfQuietHours(retryAt, policy.smsQuietHours) : retryAt,
    ...(status === 'failed' ? { publish: { status: 'failed' as const, error: failure.message } } : {}),
  };
}

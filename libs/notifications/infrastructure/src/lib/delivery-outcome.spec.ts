import { SendSuppressed } from './app-io.sender';
import { recordedOutcome } from './delivery-outcome';
import { SendFailure } from './email.sender';

const policy = { maxAttempts: 3, backoffMs: 1000, smsQuietHours: { start: 21, end: 8 } };
const at = new Date('2026-03-10T10:00:00Z'); // 11:00 in Rome

describe('recordedOutcome', () => {
  it('records a sent message with its provider id and publishes it', () => {
    expect(recordedOutcome('email', 1, { providerId: 'p-1', at }, policy)).toEqual({
      status: 'sent',
      attempts: 1,
      providerId: 'p-1',
      lastError: null,
      sentAt: at,
      nextAttemptAt: null,
      publish: { status: 'sent', providerId: 'p-1' },
    });
  });

  it('suppresses without publishing nor moving the row', () => {
    const r = recordedOutcome('appio', 1, { error: new SendSuppressed('no IO profile'), at }, policy);
    expect(r).toMatchObject({ status: 'suppressed', lastError: 'no IO profile', nextAttemptAt: null });
    expect(r.publish).toBeUndefined();
  });

  it('retries a temporary failure with backoff, then fails and publishes once attempts run out', () => {
    const retry = recordedOutcome(
      'email',
      2,
      { error: new SendFailure('421 busy', 'temporary'), at },
      policy,
    );
    expect(retry.status).toBe('retrying');
    expect(retry.nextAttemptAt).toEqual(new Date(at.getTime() + 2000));
    expect(retry.publish).toBeUndefined();
    const last = recordedOutcome('email', 3, { error: new SendFailure('421 busy', 'temporary'), at }, policy);
    expect(last).toMatchObject({ status: 'failed', publish: { status: 'failed', error: '421 busy' } });
  });

  it('fails a permanent failure at once, and treats an unknown error as temporary', () => {
    const permanent = new SendFailure('550 no such user', 'permanent');
    expect(recordedOutcome('email', 1, { error: permanent, at }, policy).status).toBe('failed');
    expect(recordedOutcome('email', 1, { error: new Error('socket hang up'), at }, policy).status).toBe(
      'retrying',
    );
  });

  it('keeps an SMS retry out of the quiet hours', () => {
    const evening = new Date('2026-03-10T20:30:00Z'); // 21:30 in Rome
    const r = recordedOutcome('sms', 1, { error: new Error('timeout'), at: evening }, policy);
    expect(r.nextAttemptAt?.toISOString()).toBe('2026-03-11T07:00:00.000Z');
  });
});

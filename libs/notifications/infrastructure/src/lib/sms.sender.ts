import { Inject, Injectable } from '@nestjs/common';
import { isTemporaryHttpStatus } from '@facile/notifications/domain';
import { SendFailure } from './email.sender';
import { NOTIFICATIONS_OPTIONS, NotificationsOptions } from './notifications.options';

/** Test-mode numbers: they simulate provider failures without sending. */
export const SMS_SIMULATED_TEMPORARY_FAILURE = '+390000000001';
export const SMS_SIMULATED_PERMANENT_FAILURE = '+390000000002';

/**
 * A generic HTTP SMS provider: `POST <SMS_PROVIDER_URL>` with `Authorization: Bearer <SMS_PROVIDER_KEY>` and
 * `{to, text, sender}`, answering `{id}`. Timeouts, 408, 429 and 5xx are temporary; other 4xx permanent.
 */
@Injectable()
export class SmsSender {
  constructor(@Inject(NOTIFICATIONS_OPTIONS) private readonly options: NotificationsOptions) {}

  get enabled(): boolean {
    return this.options.sms.url.length > 0;
  }

  async send(sms: { to: string; text: string; sender: string }): Promise<string> {
    if (sms.to === SMS_SIMULATED_TEMPORARY_FAILURE)
      throw new SendFailure('simulated temporary failure', 'temporary');
    if (sms.to === SMS_SIMULATED_PERMANENT_FAILURE)
      throw new SendFailure('simulated permanent failure', 'permanent');
    let res: Response;
    try {
      res = await fetch(this.options.sms.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${this.options.sms.key}` },
        body: JSON.stringify({ to: sms.to, text: sms.text, sender: sms.sender.slice(0, 11) }),
        signal: AbortSignal.timeout(10000),
      });
    } catch (e) {
      throw new SendFailure(`SMS provider unreachable: ${(e as Error).message}`, 'temporary');
    }
    if (!res.ok) {
      const detail = (await res.text().catch(() => '')).slice(0, 200);
      throw new SendFailure(
        `SMS provider answered ${res.status} ${detail}`.trim(),
        isTemporaryHttpStatus(res.status) ? 'temporary' : 'permanent',
      );
    }
    const body = (await res.json().catch(() => ({}))) as { id?: unknown };
    return typeof body.id === 'string' ? body.id : '';
  }
}

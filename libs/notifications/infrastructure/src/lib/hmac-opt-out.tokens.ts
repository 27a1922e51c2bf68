import { createHmac, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { OptOutSubject, OptOutTokens } from '@facile/notifications/application';
import { NOTIFICATIONS_OPTIONS, NotificationsOptions } from './notifications.options';

/** `base64url(json).base64url(hmac-sha256)`: verifiable without storing anything. */
@Injectable()
export class HmacOptOutTokens extends OptOutTokens {
  constructor(@Inject(NOTIFICATIONS_OPTIONS) private readonly options: NotificationsOptions) {
    super();
  }

  private mac(payload: string): Buffer {
    return createHmac('sha256', this.options.optOut.secret).update(payload).digest();
  }

  sign(s: OptOutSubject): string {
    const payload = Buffer.from(JSON.stringify([s.tenant, s.channel, s.recipient])).toString('base64url');
    return `${payload}.${this.mac(payload).toString('base64url')}`;
  }

  verify(token: string): OptOutSubject | null {
    const [payload, signature, extra] = token.split('.');
    if (!payload || !signature || extra !== undefined) return null;
    const expected = this.mac(payload);
    const given = Buffer.from(signature, 'base64url');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
    try {
      const [tenant, channel, recipient] = JSON.parse(
        Buffer.from(payload, 'base64url').toString('utf8'),
      ) as unknown[];
      if (typeof tenant !== 'string' || typeof channel !== 'string' || typeof recipient !== 'string')
        return null;
      return { tenant, channel, recipient };
    } catch {
      return null;
    }
  }
}

import { HmacOptOutTokens } from './hmac-opt-out.tokens';
import { NotificationsOptions } from './notifications.options';

const tokens = (secret: string) =>
  new HmacOptOutTokens({ optOut: { secret, baseUrl: 'http://x/opt-out' } } as NotificationsOptions);

describe('opt-out tokens', () => {
  const subject = { tenant: 'cesena', channel: 'sms', recipient: '+393331234567' };

  it('round-trips the municipality, channel and recipient', () => {
    const t = tokens('a-secret-long-enough-0123456789-abcdef');
    expect(t.verify(t.sign(subject))).toEqual(subject);
  });
  it('refuses tampered, truncated and foreign tokens', () => {
    const t = tokens('a-secret-long-enough-0123456789-abcdef');
    const good = t.sign(subject);
    const [payload, mac] = good.split('.');
    const forged = Buffer.from(JSON.stringify(['montiano', 'sms', '+393331234567'])).toString('base64url');
    expect(t.verify(`${forged}.${mac}`)).toBeNull();
    expect(t.verify(payload)).toBeNull();
    expect(t.verify(`${good}.x`)).toBeNull();
    expect(tokens('another-secret-long-enough-0123456789').verify(good)).toBeNull();
  });
});

import { describeConfig, DEVELOPMENT_LINK_SECRET, loadConfig } from '@facile/platform/config';
import { PRODUCTION_IDENTITY_PROVIDER as IDENTITY_PROVIDER } from '@facile/platform/testing';
import { SchedulingConfig } from './scheduling.config';

describe('scheduling configuration', () => {
  it('refuses the development LINK_SECRET in production, naming it, and never shows a link secret', () => {
    expect(loadConfig(SchedulingConfig, {}).LINK_SECRET).toBe(DEVELOPMENT_LINK_SECRET);
    expect(() => loadConfig(SchedulingConfig, { NODE_ENV: 'production', ...IDENTITY_PROVIDER })).toThrow(
      /LINK_SECRET must be set in production/,
    );
    const secret = 'a-production-link-secret-of-enough-length-42';
    const prod = loadConfig(SchedulingConfig, {
      NODE_ENV: 'production',
      ...IDENTITY_PROVIDER,
      LINK_SECRET: secret,
    });
    expect(prod.LINK_SECRET).toBe(secret);
    expect(JSON.stringify(describeConfig(prod))).not.toContain(secret);
    expect(() => loadConfig(SchedulingConfig, { LINK_SECRET: 'short' })).toThrow(/LINK_SECRET/);
  });

  it('takes the slot-hoarding limits and exempt networks, refusing what is not an address or subnet', () => {
    const c = loadConfig(SchedulingConfig, {});
    expect([
      c.HOLDS_PER_CLIENT,
      c.OPEN_HOLDS_PER_CLIENT,
      c.BOOKINGS_PER_CLIENT,
      c.BOOKINGS_PER_CONTACT,
    ]).toEqual([30, 5, 30, 6]);
    expect(
      loadConfig(SchedulingConfig, { SLOT_LIMIT_EXEMPT_CLIENTS: '10.20.0.0/16, 192.0.2.7,2001:db8::/32' })
        .SLOT_LIMIT_EXEMPT_CLIENTS,
    ).toContain('10.20.0.0/16');
    for (const bad of ['everyone', '10.0.0.0/40', '10.0.0.1/8/2', '300.1.1.1'])
      expect(() => loadConfig(SchedulingConfig, { SLOT_LIMIT_EXEMPT_CLIENTS: bad })).toThrow(
        /SLOT_LIMIT_EXEMPT_CLIENTS/,
      );
    expect(() => loadConfig(SchedulingConfig, { OPEN_HOLDS_PER_CLIENT: '0' })).toThrow(
      /OPEN_HOLDS_PER_CLIENT/,
    );
  });
});

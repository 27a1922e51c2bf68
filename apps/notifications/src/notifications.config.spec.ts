import { describeConfig, loadConfig } from '@facile/platform/config';
import { PRODUCTION_IDENTITY_PROVIDER } from '@facile/platform/testing';
import { NotificationsConfig, parseIoServiceKeys } from './notifications.config';

describe('notifications configuration', () => {
  it('takes one App IO service key per municipality, as JSON, and hides them', () => {
    const config = loadConfig(NotificationsConfig, {
      IO_SERVICE_KEYS: '{"cesena":"k-cesena-123","montiano":"k-m"}',
    });
    expect(parseIoServiceKeys(config.IO_SERVICE_KEYS)).toEqual({ cesena: 'k-cesena-123', montiano: 'k-m' });
    expect(JSON.stringify(describeConfig(config))).not.toContain('k-cesena-123');
    expect(parseIoServiceKeys(loadConfig(NotificationsConfig, {}).IO_SERVICE_KEYS)).toEqual({});
  });
  it('refuses malformed keys without echoing them', () => {
    for (const bad of [
      'not-json-secret',
      '["secret"]',
      '{"cesena":""}',
      '{"Cesena Centro":"secret"}',
      '{"cesena":42}',
    ])
      expect(() => loadConfig(NotificationsConfig, { IO_SERVICE_KEYS: bad })).toThrow(
        expect.objectContaining({ message: expect.not.stringContaining('secret') }),
      );
    expect(() => loadConfig(NotificationsConfig, { IO_SERVICE_KEYS: '[1]' })).toThrow(
      /IO_SERVICE_KEYS must be a JSON object/,
    );
    expect(() => loadConfig(NotificationsConfig, { IO_API_URL: 'ftp://x' })).toThrow(/IO_API_URL/);
  });
  it('refuses the development LINK_SECRET and OPT_OUT_SECRET in production and a citizen web URL with a query or fragment', () => {
    expect(() =>
      loadConfig(NotificationsConfig, { NODE_ENV: 'production', ...PRODUCTION_IDENTITY_PROVIDER }),
    ).toThrow(/LINK_SECRET must be set in production/);
    expect(() =>
      loadConfig(NotificationsConfig, {
        NODE_ENV: 'production',
        ...PRODUCTION_IDENTITY_PROVIDER,
        LINK_SECRET: 'a-production-link-secret-of-enough-length-42',
      }),
    ).toThrow(/OPT_OUT_SECRET must be set in production/);
    const secret = 'a-production-link-secret-of-enough-length-42';
    const prod = loadConfig(NotificationsConfig, {
      NODE_ENV: 'production',
      ...PRODUCTION_IDENTITY_PROVIDER,
      LINK_SECRET: secret,
      OPT_OUT_SECRET: `${secret}-opt-out`,
      CITIZEN_WEB_URL: 'https://prenota.unionevallesavio.it',
    });
    expect(JSON.stringify(describeConfig(prod))).not.toContain(secret);
    expect(loadConfig(NotificationsConfig, {}).CITIZEN_WEB_URL).toBe('http://localhost:8080');
    for (const bad of ['prenota.example.it', 'https://x.it/?a=1', 'https://x.it/#f'])
      expect(() => loadConfig(NotificationsConfig, { CITIZEN_WEB_URL: bad })).toThrow(/CITIZEN_WEB_URL/);
  });
  it('pools SMTP connections by default and takes 0 for one connection per e-mail', () => {
    expect(loadConfig(NotificationsConfig, {}).SMTP_POOL_CONNECTIONS).toBe(10);
    expect(loadConfig(NotificationsConfig, { SMTP_POOL_CONNECTIONS: '0' }).SMTP_POOL_CONNECTIONS).toBe(0);
    for (const bad of ['-1', '101', 'many'])
      expect(() => loadConfig(NotificationsConfig, { SMTP_POOL_CONNECTIONS: bad })).toThrow(
        /SMTP_POOL_CONNECTIONS/,
      );
  });
});

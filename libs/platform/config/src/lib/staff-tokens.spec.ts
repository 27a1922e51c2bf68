import { ConfigError, loadConfig } from './load-config';
import { PlatformConfig } from './platform-config';
import { devTokenSecretOf, PUBLISHED_DEV_SECRET } from './staff-tokens';

const provider = {
  JWKS_URL: 'https://login.valle-savio.example/realms/facile/protocol/openid-connect/certs',
  JWT_ISSUER: 'https://login.valle-savio.example/realms/facile',
  JWT_AUDIENCE: 'facile-api',
};

/** The variables a refusal names (each problem line starts with the variable). */
function refused(env: Record<string, string>): string[] {
  try {
    loadConfig(PlatformConfig, env);
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return (e as ConfigError).problems.map((p) => p.split(':')[0]);
  }
  throw new Error('the configuration was accepted');
}

describe('staff token configuration', () => {
  it('accepts no development token unless DEV_TOKENS=true says so, and reads Keycloak roles by default', () => {
    const c = loadConfig(PlatformConfig, {});
    expect(c.DEV_TOKENS).toBe(false);
    expect(c.JWT_SECRET).toBeUndefined();
    expect(c.JWT_ROLES_CLAIM).toBe('realm_access.roles');
    expect(devTokenSecretOf(c)).toBeUndefined();
  });

  it('signs development tokens with the published secret, or JWT_SECRET, only with DEV_TOKENS=true', () => {
    expect(devTokenSecretOf(loadConfig(PlatformConfig, { DEV_TOKENS: 'true' }))).toBe(PUBLISHED_DEV_SECRET);
    const own = 'x'.repeat(40);
    expect(devTokenSecretOf(loadConfig(PlatformConfig, { DEV_TOKENS: 'true', JWT_SECRET: own }))).toBe(own);
    expect(
      devTokenSecretOf(loadConfig(PlatformConfig, { DEV_TOKENS: 'false', JWT_SECRET: own })),
    ).toBeUndefined();
  });

  it('refuses to start in production without the identity provider, naming each variable', () => {
    expect(refused({ NODE_ENV: 'production' })).toEqual(
      expect.arrayContaining(['JWKS_URL', 'JWT_ISSUER', 'JWT_AUDIENCE']),
    );
    expect(refused({ NODE_ENV: 'production', ...provider, JWKS_URL: '' })).toEqual(['JWKS_URL']);
  });

  it('refuses the published development secret and development tokens in production', () => {
    expect(refused({ NODE_ENV: 'production', ...provider, JWT_SECRET: PUBLISHED_DEV_SECRET })).toEqual([
      'JWT_SECRET',
    ]);
    expect(refused({ NODE_ENV: 'production', ...provider, DEV_TOKENS: 'true' })).toEqual(['DEV_TOKENS']);
  });

  it('starts in production with the provider configured, and never hands out a development secret there', () => {
    const c = loadConfig(PlatformConfig, { NODE_ENV: 'production', ...provider, JWT_SECRET: 'y'.repeat(40) });
    expect(c.JWKS_URL).toBe(provider.JWKS_URL);
    expect(devTokenSecretOf(c)).toBeUndefined();
  });

  it('refuses a roles claim that is not a claim path', () => {
    expect(refused({ JWT_ROLES_CLAIM: 'realm_access..roles' })).toEqual(['JWT_ROLES_CLAIM']);
  });
});

import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { root, SERVICES } from '../support/platform';

/**
 * Production fails closed (ADR 16): a built service started with NODE_ENV=production refuses to start, naming
 * the variable, without the identity provider or with the published development secret.
 */
describe('a production process refuses development identity settings', () => {
  const provider = {
    JWKS_URL: 'https://login.valle-savio.example/realms/facile/protocol/openid-connect/certs',
    JWT_ISSUER: 'https://login.valle-savio.example/realms/facile',
    JWT_AUDIENCE: 'facile-api',
  };
  const mainOf = (name: string) => path.join(root, 'dist/out/apps', name, 'src/main.js');

  /** Starts the service as a production process would (nothing but the given environment) and lets it answer. */
  function start(name: string, env: Record<string, string>): { status: number | null; stderr: string } {
    if (!existsSync(mainOf(name)))
      throw new Error('dist/out is missing: run `node tools/build/build.mjs` first');
    const r = spawnSync(process.execPath, [mainOf(name), 'serve'], {
      cwd: root,
      encoding: 'utf8',
      timeout: 30000,
      env: {
        PATH: process.env['PATH'] ?? '',
        NODE_ENV: 'production',
        LOG_LEVEL: 'silent',
        PORT: '39178',
        ...env,
      },
    });
    return { status: r.status, stderr: r.stderr };
  }

  it.each(SERVICES.map((s) => s.name))('%s without JWKS_URL', (name) => {
    const { status, stderr } = start(name, {
      JWT_ISSUER: provider.JWT_ISSUER,
      JWT_AUDIENCE: provider.JWT_AUDIENCE,
    });
    expect(status).toBe(78);
    expect(stderr).toMatch(/refusing to start/);
    expect(stderr).toMatch(/JWKS_URL: JWKS_URL is required with NODE_ENV=production/);
  });

  it('with the published development secret', () => {
    const { status, stderr } = start('catalogue', {
      ...provider,
      JWT_SECRET: 'development-only-secret-change-me-0123456789',
    });
    expect(status).toBe(78);
    expect(stderr).toMatch(/JWT_SECRET: the published development secret is refused/);
  });

  it('with development tokens switched on', () => {
    const { status, stderr } = start('scheduling', { ...provider, DEV_TOKENS: 'true' });
    expect(status).toBe(78);
    expect(stderr).toMatch(/DEV_TOKENS: development tokens \(DEV_TOKENS=true\) are never accepted/);
  });
});

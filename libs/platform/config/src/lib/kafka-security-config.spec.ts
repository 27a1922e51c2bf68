import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ConfigError, describeConfig, loadConfig } from './load-config';
import { PlatformConfig } from './platform-config';

describe('Kafka security variables', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'kafka-security-config-'));
  const ca = path.join(dir, 'ca.crt');
  const cert = path.join(dir, 'user.crt');
  const key = path.join(dir, 'user.key');
  for (const f of [ca, cert, key]) writeFileSync(f, '-----BEGIN CERTIFICATE-----\n');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const problems = (env: Record<string, string>): string => {
    try {
      loadConfig(PlatformConfig, env);
      return '';
    } catch (e) {
      if (!(e instanceof ConfigError)) throw e;
      return e.message;
    }
  };

  it('is plaintext without SASL by default (the local broker on loopback)', () => {
    const c = loadConfig(PlatformConfig, {});
    expect(c.KAFKA_SSL).toBe(false);
    expect(c.KAFKA_SASL_MECHANISM).toBe('none');
  });

  it('takes TLS with a CA and SCRAM-SHA-512 credentials, and never shows the password', () => {
    const c = loadConfig(PlatformConfig, {
      KAFKA_SSL: 'true',
      KAFKA_SSL_CA_FILE: ca,
      KAFKA_SASL_MECHANISM: 'scram-sha-512',
      KAFKA_SASL_USERNAME: 'facile-scheduling',
      KAFKA_SASL_PASSWORD: 'pa55word',
    });
    expect(c).toMatchObject({
      KAFKA_SSL: true,
      KAFKA_SSL_CA_FILE: ca,
      KAFKA_SASL_MECHANISM: 'scram-sha-512',
      KAFKA_SASL_USERNAME: 'facile-scheduling',
    });
    expect(describeConfig(c)['KAFKA_SASL_PASSWORD']).toBe('***');
  });

  it('takes a client certificate and key for mutual TLS', () => {
    const c = loadConfig(PlatformConfig, {
      KAFKA_SSL: 'true',
      KAFKA_SSL_CA_FILE: ca,
      KAFKA_SSL_CERT_FILE: cert,
      KAFKA_SSL_KEY_FILE: key,
    });
    expect(c.KAFKA_SSL_CERT_FILE).toBe(cert);
  });

  it('refuses credentials or client keys over plaintext', () => {
    expect(
      problems({ KAFKA_SASL_MECHANISM: 'plain', KAFKA_SASL_USERNAME: 'u', KAFKA_SASL_PASSWORD: 'p' }),
    ).toMatch(/KAFKA_SASL_MECHANISM needs KAFKA_SSL=true/);
    expect(problems({ KAFKA_SSL_CERT_FILE: cert, KAFKA_SSL_KEY_FILE: key })).toMatch(
      /KAFKA_SSL_CERT_FILE needs KAFKA_SSL=true/,
    );
  });

  it('names what is missing or wrong: mechanism, username, password, unreadable files, a certificate without its key', () => {
    expect(problems({ KAFKA_SSL: 'true', KAFKA_SASL_MECHANISM: 'gssapi' })).toMatch(
      /KAFKA_SASL_MECHANISM must be one of none, scram-sha-512/,
    );
    const missing = problems({ KAFKA_SSL: 'true', KAFKA_SASL_MECHANISM: 'scram-sha-512' });
    expect(missing).toMatch(/KAFKA_SASL_USERNAME/);
    expect(missing).toMatch(/KAFKA_SASL_PASSWORD/);
    expect(problems({ KAFKA_SSL: 'true', KAFKA_SSL_CA_FILE: path.join(dir, 'nope.crt') })).toMatch(
      /KAFKA_SSL_CA_FILE must be a readable file/,
    );
    expect(problems({ KAFKA_SSL: 'true', KAFKA_SSL_CERT_FILE: cert })).toMatch(
      /KAFKA_SSL_KEY_FILE must be a readable file/,
    );
  });
});

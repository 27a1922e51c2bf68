import { ConfigError, describeConfig, loadConfig } from './load-config';
import { PlatformConfig } from './platform-config';

describe('loadConfig', () => {
  it('gives the documented defaults', () => {
    const c = loadConfig(PlatformConfig, {});
    expect(c.DATABASE_URL).toBe('postgres://postgres@127.0.0.1:5432/facile');
    expect(c.KAFKA_BROKERS).toBe('127.0.0.1:9092');
    expect(c.REDIS_URL).toBe('redis://127.0.0.1:6379');
  });

  it('converts numbers and booleans from the environment', () => {
    const c = loadConfig(PlatformConfig, { PORT: '4000', OUTBOX_RELAY_ENABLED: 'false' });
    expect(c.PORT).toBe(4000);
    expect(c.OUTBOX_RELAY_ENABLED).toBe(false);
  });

  it('refuses bad values, naming every bad variable', () => {
    try {
      loadConfig(PlatformConfig, { PORT: 'eighty', KAFKA_BROKERS: 'nohost', DATABASE_URL: 'mysql://x' });
      throw new Error('should have refused');
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      const text = (e as ConfigError).message;
      expect(text).toMatch(/PORT/);
      expect(text).toMatch(/KAFKA_BROKERS/);
      expect(text).toMatch(/DATABASE_URL/);
    }
  });

  it('refuses a JWT secret too short to be safe', () => {
    expect(() => loadConfig(PlatformConfig, { JWT_SECRET: 'short' })).toThrow(/JWT_SECRET/);
  });

  it('never shows secrets when describing the config', () => {
    const described = describeConfig(
      loadConfig(PlatformConfig, {
        DATABASE_URL: 'postgres://app:hunter2@db/facile',
        JWT_SECRET: 'z'.repeat(40),
      }),
    );
    expect(described['DATABASE_URL']).toBe('***');
    expect(described['JWT_SECRET']).toBe('***');
    expect(described['KAFKA_BROKERS']).toBe('127.0.0.1:9092');
  });
});

import { randomBytes } from 'node:crypto';

export const TEST_JWT_SECRET = 'test-only-secret-0123456789-abcdefghijklmnop';

/**
 * Environment for one Jest project: one database per project and run (created on demand), topics under a
 * prefix unique to the test file, so runs never disturb each other or a running platform.
 */
export function testEnvironment(
  project: string,
  overrides: Record<string, string> = {},
): Record<string, string> {
  const url = new URL(process.env['TEST_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/facile_test');
  // TEST_DATABASE_SUFFIX lets two checkouts (or two people) run the same project's tests side by side.
  const suffix = (process.env['TEST_DATABASE_SUFFIX'] ?? '').replace(/[^a-z0-9]/gi, '_');
  url.pathname = `/facile_test_${project.replace(/[^a-z0-9]/gi, '_')}${suffix ? `_${suffix}` : ''}`;
  return {
    NODE_ENV: 'test',
    DATABASE_URL: url.toString(),
    DATABASE_POOL_SIZE: '10',
    KAFKA_BROKERS: process.env['KAFKA_BROKERS'] ?? '127.0.0.1:9092',
    KAFKA_TOPIC_PREFIX: `test.${project}.${randomBytes(4).toString('hex')}.`,
    REDIS_URL: process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379',
    REDIS_KEY_PREFIX: `test:${project}:${randomBytes(3).toString('hex')}:`,
    // integration tests sign their own HS256 staff tokens (staffToken); the Keycloak suite uses the real provider
    DEV_TOKENS: 'true',
    JWT_SECRET: TEST_JWT_SECRET,
    LOG_LEVEL: process.env['TEST_LOG_LEVEL'] ?? 'silent',
    OUTBOX_POLL_MS: '50',
    CONSUMER_BACKOFF_MS: '20',
    CONSUMER_MAX_ATTEMPTS: '3',
    SHUTDOWN_GRACE_MS: '1000',
    // Suites set sites, offerings and closures up with SQL and read them back at once: no reference cache (ADR 30).
    REFERENCE_CACHE_MS: '0',
    // Scheduling's slot-hoarding limits (ADR 0019): suites book hundreds of times from 127.0.0.1 and reuse a few
    // contacts. The suites of those limits set their own (the shipped defaults among them).
    HOLDS_PER_CLIENT: '100000',
    OPEN_HOLDS_PER_CLIENT: '10000',
    BOOKINGS_PER_CLIENT: '100000',
    BOOKINGS_PER_CONTACT: '100000',
    ...overrides,
  };
}

import { randomBytes } from 'node:crypto';
import { AddressInfo, createServer, Server, Socket } from 'node:net';
import { TooManyRequestsError } from '@facile/platform/errors';
import { LookupLimit, lookupLimit } from '../lib/lookup-limit';
import { RateLimits } from '../lib/rate-limiter';
import { createRedisClient, RedisClient } from '../lib/redis.provider';

const REDIS_URL = process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379';

/** A port nothing listens on: Redis "down". */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const { port } = server.address() as AddressInfo;
  await new Promise((r) => server.close(r));
  return port;
}

async function refusal(p: Promise<unknown>): Promise<TooManyRequestsError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof TooManyRequestsError) return e;
    throw e;
  }
  throw new Error('expected a 429');
}

describe('platform rate limits (rate-limiter-flexible on real Redis)', () => {
  const clients: RedisClient[] = [];
  const client = (url = REDIS_URL) => {
    const c = createRedisClient(url);
    clients.push(c);
    return c;
  };
  const ready = async (c: RedisClient) => {
    for (let i = 0; i < 100 && !c.isReady; i++) await new Promise((r) => setTimeout(r, 20));
    expect(c.isReady).toBe(true);
  };
  let prefix: string;

  beforeEach(() => {
    prefix = `test:platform-persistence:${randomBytes(4).toString('hex')}:`;
  });
  afterAll(async () => {
    for (const c of clients) {
      if (c.isReady) {
        const keys = await c.keys('test:platform-persistence:*');
        if (keys.length > 0) await c.del(keys);
      }
      c.destroy();
    }
  });

  it('shares one count between two processes (two clients), refuses past it with Retry-After, and keeps keys out of Redis in clear', async () => {
    const a = client();
    const b = client();
    await Promise.all([ready(a), ready(b)]);
    const spec = { name: 'holds', points: 4, windowSeconds: 60, refusal: 'Too many holds' };
    const first = new RateLimits(a, prefix).create(spec);
    const second = new RateLimits(b, prefix).create(spec);
    await first.consume('203.0.113.7');
    await second.consume('203.0.113.7');
    await first.consume('203.0.113.7');
    await second.consume('203.0.113.7');
    const refused = await refusal(first.consume('203.0.113.7'));
    expect(refused.status).toBe(429);
    expect(refused.message).toMatch(/^Too many holds; retry in \d+ s$/);
    const retry = refused.extensions?.['retryAfterSeconds'] as number;
    expect(retry).toBeGreaterThan(55);
    expect(retry).toBeLessThanOrEqual(60);
    // Another address has its own count.
    await second.consume('203.0.113.8');
    const keys = await a.keys(`${prefix}*`);
    expect(keys).toHaveLength(2);
    expect(keys.every((k) => k.startsWith(`${prefix}rl:holds:`) && !k.includes('203.0.113'))).toBe(true);
    expect(await a.ttl(keys[0])).toBeGreaterThan(55);
  });

  it('counts concurrent hits atomically: exactly `points` of 50 simultaneous hits pass', async () => {
    const c = client();
    await ready(c);
    const limit = new RateLimits(c, prefix).create({ name: 'burst', points: 7, windowSeconds: 60 });
    const results = await Promise.allSettled(Array.from({ length: 50 }, () => limit.consume('198.51.100.1')));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(7);
    expect(
      results.filter((r) => r.status === 'rejected' && r.reason instanceof TooManyRequestsError),
    ).toHaveLength(43);
  });

  it('gives a hit back on refund', async () => {
    const c = client();
    await ready(c);
    const limit = new RateLimits(c, prefix).create({ name: 'refund', points: 2, windowSeconds: 60 });
    await limit.consume('a@example.org');
    await limit.consume('a@example.org');
    await limit.refund('a@example.org');
    await limit.consume('a@example.org');
    await refusal(limit.consume('a@example.org'));
  });

  it('with Redis down (a closed port) still limits, per process: the protection never turns off', async () => {
    const down = client(`redis://127.0.0.1:${await closedPort()}`);
    const limits = new RateLimits(down, prefix);
    const lookups = lookupLimit('booking-lookup', 3) as { useFactory: (l: RateLimits) => LookupLimit };
    const limit = lookups.useFactory(limits);
    const started = Date.now();
    for (let i = 0; i < 3; i++) await limit.check('192.0.2.44');
    const refused = await refusal(limit.check('192.0.2.44'));
    expect(refused.message).toMatch(/^Too many lookups; retry in/);
    expect(refused.extensions?.['retryAfterSeconds']).toBeGreaterThan(0);
    // No request waited for Redis to come back.
    expect(Date.now() - started).toBeLessThan(1000);
    await limit.check('192.0.2.45');
    expect(down.isReady).toBe(false);
  });

  it('with Redis hung (accepts connections, never answers) counts per process within the timeout', async () => {
    const sockets: Socket[] = [];
    const hung: Server = createServer((s) => sockets.push(s));
    await new Promise<void>((r) => hung.listen(0, '127.0.0.1', () => r()));
    try {
      const c = client(`redis://127.0.0.1:${(hung.address() as AddressInfo).port}`);
      const limit = new RateLimits(c, prefix).create({ name: 'hung', points: 2, windowSeconds: 60 });
      const started = Date.now();
      await limit.consume('192.0.2.50');
      await limit.consume('192.0.2.50');
      await refusal(limit.consume('192.0.2.50'));
      expect(Date.now() - started).toBeLessThan(3000);
    } finally {
      for (const s of sockets) s.destroy();
      await new Promise((r) => hung.close(r));
    }
  });
});

import { readFileSync } from 'node:fs';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { Client } from 'pg';
import { createClient } from 'redis';
import { CODE_ALPHABET, ManageTokens } from '@facile/platform/validation';
import { MailSink, waitFor } from '@facile/platform/testing';
import { book, fiscalCode, freeSlots, post, waitSeeded } from '../support/fixtures';
import { root, RunningPlatform, startPlatform } from '../support/platform';

const LIMIT = 20;

/** A random code of the real format (`K7M4-2QX9`): what somebody enumerating codes would try. */
const guessCode = () => {
  let s = '';
  for (let i = 0; i < 8; i++) s += CODE_ALPHABET[Math.floor(Math.random() * CODE_ALPHABET.length)];
  return `${s.slice(0, 4)}-${s.slice(4)}`;
};

/** Fixed one-minute windows: start a burst early in a window so it cannot straddle two. */
/**
 * What protects citizens: manage tokens (≥ 128 bits, stored hashed, compared in constant time), lookups
 * rate-limited through Redis so codes cannot be enumerated, and no personal data in any log line.
 */
describe('citizen data: manage tokens, enumeration, logs', () => {
  let p: RunningPlatform;
  let db: Client;
  let sms: Server;
  const smsReceived: string[] = [];
  const sink = new MailSink();
  const people = [0, 1, 2].map((i) => ({
    firstName: 'Giulia',
    lastName: `Ferri ${i}`,
    fiscalCode: fiscalCode(700 + i, 'FRR'),
    email: `giulia.ferri.${i}@posta.example.org`,
    phone: `+39 347 55${i}${i} 8${i}9${i}`,
  }));

  beforeAll(async () => {
    const smtp = await sink.start();
    sms = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        smsReceived.push(body);
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ id: `sms-${smsReceived.length}` }));
      });
    });
    await new Promise<void>((r) => sms.listen(0, '127.0.0.1', () => r()));
    p = await startPlatform(
      'platform_citizen_data',
      {
        LOG_LEVEL: 'info',
        SMTP_URL: smtp,
        SMS_PROVIDER_URL: `http://127.0.0.1:${(sms.address() as AddressInfo).port}/sms`,
        SMS_PROVIDER_KEY: 'test-sms-key',
        SMS_QUIET_START_HOUR: '0',
        SMS_QUIET_END_HOUR: '0',
        LOOKUP_RATE_LIMIT_PER_MINUTE: String(LIMIT),
        DELIVERY_BACKOFF_MS: '200',
      },
      { seed: true },
    );
    db = new Client({ connectionString: p.env['DATABASE_URL'] });
    await db.connect();
    await waitSeeded(db, p);
  }, 180000);

  afterAll(async () => {
    await db?.end();
    await p?.stop();
    await sink.stop();
    await new Promise((r) => sms?.close(r));
  });

  describe('manage tokens', () => {
    it('are 256 random bits, stored only as a SHA-256 hash', async () => {
      const [slot] = await freeSlots(p, 'carta-identita-elettronica', 'cesena', 1);
      const res = await book(p, slot, 1, { ...people[0] });
      expect(res.status).toBe(201);
      const { code, manageToken } = (await res.json()) as { code: string; manageToken: string };
      expect(Buffer.from(manageToken, 'base64url').length).toBeGreaterThanOrEqual(16);
      expect(Buffer.from(manageToken, 'base64url').length).toBe(32);
      const row = await db.query(`SELECT * FROM scheduling.bookings WHERE code = $1`, [code]);
      expect(row.rows[0].manage_token_hash).toBe(ManageTokens.hash(manageToken));
      expect(JSON.stringify(row.rows[0])).not.toContain(manageToken);
    });

    it('are compared in constant time, everywhere through ManageTokens.matches', () => {
      const source = readFileSync(
        path.join(root, 'libs/platform/validation/src/lib/manage-token.ts'),
        'utf8',
      );
      expect(source).toMatch(/timingSafeEqual\(/);
      // no code compares a stored hash with == / === or in SQL
      const grep = spawnSync(
        'git',
        [
          'grep',
          '-nE',
          '(manageTokenHash|manage_token_hash)\\s*(===|!==|==|!=|=\\s*\\$)|(===|!==)\\s*[a-zA-Z.]*manageTokenHash',
          '--',
          'libs',
          'apps',
        ],
        { cwd: root, encoding: 'utf8' },
      );
      expect(grep.status).toBe(1); // git grep: 1 = no match (2 would be an error)
      expect(grep.stdout).toBe('');
      // and the lookups do go through it
      const uses = spawnSync('git', ['grep', '-lE', 'ManageTokens\\.matches\\(', '--', 'libs'], {
        cwd: root,
        encoding: 'utf8',
      }).stdout;
      expect(uses).toMatch(/manage-booking/);
    });

    it('ManageTokens.matches accepts only the token whose hash is stored', () => {
      const token = ManageTokens.generate();
      const hash = ManageTokens.hash(token);
      expect(ManageTokens.matches(token, hash)).toBe(true);
      expect(ManageTokens.matches(`${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`, hash)).toBe(
        false,
      );
      expect(ManageTokens.matches(undefined, hash)).toBe(false);
      expect(ManageTokens.matches('x'.repeat(1000), hash)).toBe(false);
      expect(ManageTokens.matches(token, 'not-hex')).toBe(false);
    });
  });

  it('logs no codice fiscale, email or phone number of a full scenario (booking, case, notifications)', async () => {
    const [a, b, c] = people;
    const slots = await freeSlots(p, 'carta-identita-elettronica', 'cesena', 3);
    // bookings, one with a case; the citizen reads, reschedules and cancels
    const caseRes = await post(p.gateway, '/assistance/v1/cases', {
      topic: 'spid-activation',
      tenant: 'cesena',
      has: [],
      channel: 'desk',
      citizen: { ...c, birthYear: 1950 },
    });
    expect(caseRes.status).toBe(201);
    const res = await book(p, slots[0], 10, { ...c });
    expect(res.status).toBe(201);
    const booked = (await res.json()) as { code: string; manageToken: string };
    expect(
      (
        await post(
          p.gateway,
          `/scheduling/v1/bookings/${booked.code}/reschedule`,
          { start: slots[1].start, site: slots[1].site },
          { 'x-manage-token': booked.manageToken },
        )
      ).status,
    ).toBe(200);
    expect(
      (
        await post(
          p.gateway,
          `/scheduling/v1/bookings/${booked.code}/cancel`,
          {},
          { 'x-manage-token': booked.manageToken },
        )
      ).status,
    ).toBe(200);
    // bad input that carries personal data: the errors must not echo it into the logs
    expect(
      (
        await post(p.gateway, '/scheduling/v1/bookings', {
          service: 'spid',
          tenant: 'cesena',
          site: 'cesena-centro',
          start: 'domani',
          citizen: { ...a, email: `${a.email}@@` },
        })
      ).status,
    ).toBe(400);
    expect(
      (
        await post(p.gateway, '/scheduling/v1/bookings', {
          service: 'spid',
          tenant: 'cesena',
          site: 'cesena-centro',
          start: slots[2].start,
          citizen: { ...b, fiscalCode: `${b.fiscalCode}X` },
        })
      ).status,
    ).toBe(400);
    expect(
      (await fetch(`${p.gateway}/catalogue/v1/services?q=${encodeURIComponent(a.fiscalCode)}`)).status,
    ).toBe(200);
    await waitFor(
      () => sink.recipients().includes(c.email) && smsReceived.some((s) => s.includes('347')),
      60000,
      200,
    );
    await waitFor(
      async () =>
        (await db.query(`SELECT count(*)::int AS n FROM notifications.deliveries WHERE status = 'sent'`))
          .rows[0].n >= 4,
      60000,
      200,
    );
    await new Promise((r) => setTimeout(r, 1000));

    const lines = [...p.logs.entries()].flatMap(([service, ls]) => ls.map((l) => `${service}: ${l}`));
    expect(lines.length).toBeGreaterThan(50);
    expect(lines.some((l) => /"level":30/.test(l))).toBe(true); // info lines are there to be scanned
    const digits = (s: string) => s.replace(/\D/g, '');
    const needles = people.flatMap((x) => [
      x.fiscalCode,
      x.fiscalCode.toLowerCase(),
      x.email,
      x.email.split('@')[0],
      x.phone,
      digits(x.phone),
      digits(x.phone).slice(2),
    ]);
    const found = lines.filter(
      (l) =>
        needles.some((n) => l.includes(n)) ||
        people.some((x) => digits(l).includes(digits(x.phone).slice(2))),
    );
    process.stdout.write(
      `log scan: ${lines.length} lines of ${p.logs.size} processes, ${needles.length} personal values\n`,
    );
    expect(found).toEqual([]);
  }, 180000);

  /**
   * Starts a fresh window of a bucket: its counters (rate-limiter-flexible keys `<prefix>rl:<bucket>:<client digest>`)
   * are removed, so the next lookup opens a new 60 s window and the counts below are exact.
   */
  async function freshWindow(bucket: string): Promise<void> {
    const redis = createClient({ url: p.env['REDIS_URL'] });
    await redis.connect();
    try {
      const keys = await redis.keys(`${p.env['REDIS_KEY_PREFIX']}rl:${bucket}:*`);
      if (keys.length > 0) await redis.del(keys);
    } finally {
      await redis.quit();
    }
  }

  describe.each([
    ['booking', '/scheduling/v1/bookings', 'booking-lookup'],
    ['case', '/assistance/v1/cases', 'case-lookup'],
  ])('enumerating %s codes', (kind, base, bucket) => {
    it(`gets 404s, then 429s after ${LIMIT} lookups a minute (counted in Redis), never a hit`, async () => {
      let code: string;
      let token: string;
      if (kind === 'booking') {
        const [slot] = await freeSlots(p, 'carta-identita-elettronica', 'cesena', 2);
        const res = await book(p, slot, 2, { ...people[1] });
        ({ code, manageToken: token } = (await res.json()) as { code: string; manageToken: string });
      } else {
        const res = await post(p.gateway, '/assistance/v1/cases', {
          topic: 'spid-activation',
          tenant: 'cesena',
          has: [],
          channel: 'online',
          citizen: people[1],
        });
        expect(res.status).toBe(201);
        ({ code, manageToken: token } = (await res.json()) as { code: string; manageToken: string });
      }
      await freshWindow(bucket);
      // the owner, once: found
      expect(
        (await fetch(`${p.gateway}${base}/${code}`, { headers: { 'x-manage-token': token } })).status,
      ).toBe(200);
      const statuses: number[] = [];
      const guesses = [
        ...Array.from({ length: LIMIT + 15 }, (_, i) => ({
          code: i % 3 === 0 ? code : guessCode(),
          token: ManageTokens.generate(),
        })),
      ];
      for (const g of guesses) {
        const res = await fetch(`${p.gateway}${base}/${g.code}`, { headers: { 'x-manage-token': g.token } });
        expect(res.headers.get('content-type')).toMatch(/application\/problem\+json/);
        statuses.push(res.status);
      }
      // LIMIT lookups in the window: 1 by the owner, the guesses up to LIMIT answered 404, the rest 429
      const answered = LIMIT - 1;
      expect(statuses.filter((s) => s === 404)).toHaveLength(answered);
      expect(statuses.filter((s) => s === 429)).toHaveLength(guesses.length - answered);
      expect(statuses.slice(0, answered).every((s) => s === 404)).toBe(true);
      expect(statuses.slice(answered).every((s) => s === 429)).toBe(true);
      // once limited, even the right token waits: the limit is on lookups, not on failures
      const limited = await fetch(`${p.gateway}${base}/${code}`, { headers: { 'x-manage-token': token } });
      expect(limited.status).toBe(429);
      expect(((await limited.json()) as { detail: string }).detail).toMatch(/retry in \d+ s/);
      const redis = createClient({ url: p.env['REDIS_URL'] });
      await redis.connect();
      const keys = await redis.keys(`${p.env['REDIS_KEY_PREFIX']}rl:*`);
      await redis.quit();
      expect(keys.length).toBeGreaterThanOrEqual(1);
    }, 90000);
  });
});

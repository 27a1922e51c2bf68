import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { MailSink, waitFor } from '@facile/platform/testing';
import { fiscalCode, freeSlots, post, waitSeeded } from '../support/fixtures';
import { RunningPlatform, SERVICES, startPlatform } from '../support/platform';

interface LogLine {
  level: number;
  msg?: string;
  traceId?: string;
  method?: string;
  route?: string;
  status?: number;
  durationMs?: number;
  consumer?: string;
  eventType?: string;
  [key: string]: unknown;
}

const parse = (lines: string[]): LogLine[] =>
  lines.flatMap((l) => {
    try {
      return [JSON.parse(l) as LogLine];
    } catch {
      return [];
    }
  });

/**
 * Logs an operator can follow across services: one access line per request at info (method, route pattern,
 * status, duration, trace id; no query string, no personal data), and the trace id of the caller's `traceparent`
 * on the lines of the work it caused — the booking in scheduling, then its event's consumer in notifications
 * (carried by the outbox as `ce_traceparent`).
 */
describe('logs: access lines and one trace id across services', () => {
  let p: RunningPlatform;
  let db: Client;
  const sink = new MailSink();

  beforeAll(async () => {
    const smtp = await sink.start();
    p = await startPlatform(
      'platform_trace_logs',
      { LOG_LEVEL: 'info', SMTP_URL: smtp, DELIVERY_BACKOFF_MS: '200' },
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
  });

  it('carries the trace id of a booking request into scheduling’s and notifications’ log lines', async () => {
    const [slot] = await freeSlots(p, 'carta-identita-elettronica', 'montiano', 1);
    const traceId = randomBytes(16).toString('hex');
    const email = 'tracciata@example.org';
    const res = await post(
      p.gateway,
      '/scheduling/v1/bookings',
      {
        service: 'carta-identita-elettronica',
        tenant: 'montiano',
        site: slot.site,
        start: slot.start,
        citizen: { firstName: 'Teresa', lastName: 'Tracciata', fiscalCode: fiscalCode(321, 'TRC'), email },
      },
      { traceparent: `00-${traceId}-${randomBytes(8).toString('hex')}-01` },
    );
    expect(res.status).toBe(201);
    expect(res.headers.get('traceparent')).toContain(traceId);
    const { code } = (await res.json()) as { code: string };
    await waitFor(
      () => sink.to(email).find((m) => m.subject === `Appuntamento confermato ${code}`),
      60000,
      200,
    );

    const scheduling = await waitFor(() => {
      const mine = parse(p.logs.get('scheduling') ?? []).filter((l) => l.traceId === traceId);
      return mine.some((l) => l.route === '/scheduling/v1/bookings') ? mine : null;
    });
    // the access line of the booking: info, route pattern, status, duration
    expect(scheduling.find((l) => l.route === '/scheduling/v1/bookings')).toMatchObject({
      level: 30,
      msg: 'POST /scheduling/v1/bookings 201',
      method: 'POST',
      status: 201,
      durationMs: expect.any(Number),
    });
    const notifications = await waitFor(
      () => {
        const mine = parse(p.logs.get('notifications') ?? []).filter((l) => l.traceId === traceId);
        return mine.length > 0 ? mine : null;
      },
      30000,
      200,
    );
    expect(notifications).toContainEqual(
      expect.objectContaining({
        level: 30,
        consumer: 'notifications.bookings',
        eventType: 'scheduling.booking.created',
        msg: 'scheduling.booking.created applied',
      }),
    );
    // and nothing personal in any of them
    for (const line of [...(p.logs.get('scheduling') ?? []), ...(p.logs.get('notifications') ?? [])]) {
      expect(line).not.toContain(email);
      expect(line).not.toContain(fiscalCode(321, 'TRC'));
    }
  });

  it('writes one access line per request at info, with the route pattern and never the query string or the code', async () => {
    const traceId = randomBytes(16).toString('hex');
    const headers = { traceparent: `00-${traceId}-${randomBytes(8).toString('hex')}-01` };
    const day = new Date(Date.now() + 3 * 86400000).toISOString().slice(0, 10);
    expect(
      (
        await fetch(
          `${p.gateway}/scheduling/v1/availability?service=carta-identita-elettronica&tenant=montiano&from=${day}&to=${day}`,
          { headers },
        )
      ).status,
    ).toBe(200);
    expect((await fetch(`${p.gateway}/scheduling/v1/bookings/ZZZZ-ZZZZ`, { headers })).status).toBe(404);
    const lines = await waitFor(() => {
      const mine = parse(p.logs.get('scheduling') ?? []).filter((l) => l.traceId === traceId && l.route);
      return mine.length >= 2 ? mine : null;
    });
    expect(
      lines.map((l) => ({ level: l.level, method: l.method, route: l.route, status: l.status })),
    ).toEqual([
      { level: 30, method: 'GET', route: '/scheduling/v1/availability', status: 200 },
      { level: 30, method: 'GET', route: '/scheduling/v1/bookings/:code', status: 404 },
    ]);
    const text = JSON.stringify(lines);
    expect(text).not.toContain('?');
    expect(text).not.toContain('ZZZZ-ZZZZ');
    // every access line of every service carries its trace id and a route pattern; an unknown path is `unmatched`
    for (const s of SERVICES)
      expect((await fetch(`${p.gateway}/${s.prefix}/v1/nothing-here/RSSMRA85T10A562S?q=1`)).status).toBe(404);
    for (const { name } of SERVICES) {
      const access = await waitFor(() => {
        const found = parse(p.logs.get(name) ?? []).filter(
          (l) => typeof l.route === 'string' && typeof l.status === 'number',
        );
        return found.some((l) => l.route === 'unmatched' && l.status === 404) ? found : null;
      });
      for (const l of access) {
        expect(l.traceId).toMatch(/^[0-9a-f]{32}$/);
        expect(l.route).not.toContain('?');
        expect(l.route).not.toContain('nothing-here');
      }
    }
  });
});

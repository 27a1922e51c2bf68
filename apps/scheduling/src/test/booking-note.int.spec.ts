import { Topics } from '@facile/contracts';
import {
  readTopic,
  staffToken,
  startTestService,
  testEnvironment,
  TestService,
} from '@facile/platform/testing';
import { SchedulingConfig } from '../scheduling.config';
import { schedulingService } from '../scheduling.service';
import { citizen, http, prepare } from './scheduling-fixtures';

const SLOT = { service: 'spid', tenant: 'montiano', site: 'cesena-centro' };

describe("scheduling: the citizen's note to the desk (real PostgreSQL and Kafka)", () => {
  let svc: TestService<SchedulingConfig>;
  const book = (body: Record<string, unknown>) => http(svc).post('/scheduling/v1/bookings').send(body);

  beforeAll(async () => {
    svc = await startTestService(
      schedulingService,
      testEnvironment('scheduling-booking-note', {
        LOOKUP_RATE_LIMIT_PER_MINUTE: '1000',
        AVAILABILITY_CACHE_MS: '0',
      }),
    );
  });
  beforeEach(() => prepare(svc));
  afterAll(() => svc?.close());

  it('stores the note trimmed, shows it to the citizen and to the agenda, and keeps it out of the event', async () => {
    const note = `  Vengo con mia madre, che usa la sedia a rotelle${'.'.repeat(150)}  `;
    const res = await book({ ...SLOT, start: '2027-04-06T09:00:00+02:00', note, citizen: citizen(1) });
    expect(res.status).toBe(201);
    expect(res.body.note).toBe(note.trim());
    const stored = await svc.ds.query(`SELECT note FROM scheduling.bookings WHERE code = $1`, [
      res.body.code,
    ]);
    expect(stored[0].note).toBe(note.trim());
    const read = await http(svc)
      .get(`/scheduling/v1/bookings/${res.body.code}`)
      .set('X-Manage-Token', res.body.manageToken)
      .expect(200);
    expect(read.body.note).toBe(note.trim());
    const operator = await staffToken('operator', { sites: ['cesena-centro'] });
    const agenda = await http(svc)
      .get('/scheduling/v1/agenda')
      .query({ site: 'cesena-centro', date: '2027-04-06' })
      .set('Authorization', `Bearer ${operator}`)
      .expect(200);
    expect(agenda.body.bookings.find((b: { code: string }) => b.code === res.body.code)?.note).toBe(
      note.trim(),
    );
    // personal free text stays in the row: the booking event carries no note
    const events = await readTopic(`${svc.config.KAFKA_TOPIC_PREFIX}${Topics.schedulingBookings}`, {
      expected: 1,
      timeoutMs: 10000,
    });
    const created = events.find((e) => e.key === res.body.id);
    expect(created).toBeDefined();
    expect(created?.value).not.toContain('sedia a rotelle');
    expect(JSON.parse(created?.value ?? '{}')).not.toHaveProperty('note');
  });

  it('books without a note (none, or only spaces) and shows none', async () => {
    const none = await book({ ...SLOT, start: '2027-04-06T09:00:00+02:00', citizen: citizen(2) });
    expect(none.status).toBe(201);
    expect(none.body.note).toBeUndefined();
    const blank = await book({
      ...SLOT,
      start: '2027-04-06T09:15:00+02:00',
      note: '   ',
      citizen: citizen(3),
    });
    expect(blank.status).toBe(201);
    expect(blank.body.note).toBeUndefined();
    const rows = await svc.ds.query(`SELECT note FROM scheduling.bookings WHERE code = ANY($1)`, [
      [none.body.code, blank.body.code],
    ]);
    expect(rows.map((r: { note: string | null }) => r.note)).toEqual([null, null]);
  });

  it.each([
    ['longer than 200 characters', 'x'.repeat(201)],
    ['not a string', 42],
    ['a PIN', 'il PIN della mia CIE è 12345678'],
    ['a password', 'password: Rossi1985'],
    ['an OTP', 'OTP 482913'],
  ])('refuses a note %s with a 400 problem naming the field, and books nothing', async (_name, note) => {
    const res = await book({ ...SLOT, start: '2027-04-06T09:30:00+02:00', note, citizen: citizen(4) });
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(JSON.stringify(res.body)).toContain('note');
    const n = await svc.ds.query(`SELECT count(*)::int AS n FROM scheduling.bookings`);
    expect(n[0].n).toBe(0);
  });

  it('accepts 200 characters after trimming, and a note that only mentions a PIN without one', async () => {
    const res = await book({
      ...SLOT,
      start: '2027-04-06T09:45:00+02:00',
      note: ` ${'a'.repeat(200)} `,
      citizen: citizen(5),
    });
    expect(res.status).toBe(201);
    const pin = await book({
      ...SLOT,
      start: '2027-04-06T10:00:00+02:00',
      note: 'Ho dimenticato il PIN della CIE',
      citizen: citizen(6),
    });
    expect(pin.status).toBe(201);
    expect(pin.body.note).toBe('Ho dimenticato il PIN della CIE');
  });
});

import { BookingStateV1 } from '@facile/contracts';
import { BookingEventType, QuietHours } from '@facile/notifications/domain';
import { MessageTemplate } from '../render-message/default-templates';
import { BookingDeliveries, MovedReminder, PlannedDelivery, ReminderRef } from '../ports/booking-deliveries';
import { ChannelAvailability } from '../ports/channel-availability';
import { CitizenLinkSigner } from '../ports/citizen-links';
import { Clock } from '../ports/clock';
import { Municipalities } from '../ports/municipalities';
import { TemplateKey } from '../ports/template-store';
import { PlanBookingMessagesUseCase } from './plan-booking-messages.use-case';

/** The delivery rows of a booking, kept in memory across events (the table does that in production). */
interface Row extends PlannedDelivery {
  status: 'queued' | 'suppressed';
  lastError: string | null;
}

class InMemoryDeliveries implements BookingDeliveries {
  rows: Row[] = [];
  overrides = new Map<string, MessageTemplate>();
  static key = (k: TemplateKey) => `${k.tenant}/${k.eventType}/${k.channel}/${k.locale}`;

  async templateOverride(key: TemplateKey) {
    return this.overrides.get(InMemoryDeliveries.key(key)) ?? null;
  }
  async queue(d: PlannedDelivery) {
    this.rows.push({ ...d, status: 'queued', lastError: null });
  }
  private pending(ref: Omit<ReminderRef, 'channel'> & { channel?: string }) {
    return this.rows.filter(
      (r) =>
        r.kind === 'reminder' &&
        r.status === 'queued' &&
        r.tenant === ref.tenant &&
        r.bookingRef === ref.bookingRef &&
        (!ref.channel || r.channel === ref.channel),
    );
  }
  async moveReminder(ref: ReminderRef, to: MovedReminder) {
    const rows = this.pending(ref);
    for (const r of rows)
      Object.assign(r, {
        due: to.due,
        recipient: to.recipient,
        message: to.message,
        appointmentAt: to.appointmentAt,
      });
    return rows.length > 0;
  }
  async suppressReminder(ref: ReminderRef, why: string) {
    const rows = this.pending(ref);
    for (const r of rows) Object.assign(r, { status: 'suppressed', lastError: why });
    return rows.length > 0;
  }
  async suppressReminders(ref: Omit<ReminderRef, 'channel'>, why: string) {
    for (const r of this.pending(ref)) Object.assign(r, { status: 'suppressed', lastError: why });
  }
  messages = () => this.rows.filter((r) => r.kind === 'message');
  reminders = () => this.rows.filter((r) => r.kind === 'reminder');
}

class FakeChannels extends ChannelAvailability {
  sms = true;
  quiet: QuietHours = { start: 21, end: 8 };
  appIoTenants = new Set(['cesena']);
  smsEnabled = () => this.sms;
  smsQuietHours = () => this.quiet;
  appIoEnabledFor = (tenant: string) => this.appIoTenants.has(tenant);
}

class FakeMunicipalities extends Municipalities {
  name = (tenant: string) => (tenant === 'cesena' ? 'Comune di Cesena' : tenant);
  organizerEmail = () => 'noreply@facile.test';
}

class FakeLinks extends CitizenLinkSigner {
  confirm = (b: { code: string }) => `https://web.test/confirm/${b.code}`;
  manage = (b: { code: string }) => `https://web.test/manage/${b.code}`;
}

class FixedClock extends Clock {
  constructor(public at: Date) {
    super();
  }
  now = () => this.at;
}

const citizen = {
  firstName: 'Maria',
  lastName: 'Rossi',
  email: 'maria@example.it',
  phone: '+393331234567',
  fiscalCode: 'rssmra80a41c573x',
};

const booking = (over: Partial<BookingStateV1> & Record<string, unknown> = {}): BookingStateV1 => ({
  bookingId: '0b3c1f7e-4b7e-4d1a-9c55-000000000001',
  code: 'BK1234',
  services: ['carta-identita-elettronica'],
  serviceTitles: ["Carta d'identità elettronica"],
  tenant: 'cesena',
  site: 'cesena-centro',
  siteName: 'Sportello Centro',
  siteAddress: 'Piazza del Popolo 10',
  start: '2027-03-12T09:30:00+01:00',
  end: '2027-03-12T09:50:00+01:00',
  status: 'booked',
  sequence: 0,
  createdAt: '2027-03-01T10:00:00Z',
  citizen,
  ...over,
});

/** 1 March 2027, 11:00 in Rome: daytime, eleven days before the appointment. */
const DAYTIME = new Date('2027-03-01T10:00:00Z');

function setup(now = DAYTIME) {
  const deliveries = new InMemoryDeliveries();
  const channels = new FakeChannels();
  const clock = new FixedClock(now);
  const sut = new PlanBookingMessagesUseCase(channels, new FakeMunicipalities(), new FakeLinks(), clock);
  const run = (type: BookingEventType, b: BookingStateV1) => sut.execute({ type, booking: b }, deliveries);
  return { sut, deliveries, channels, clock, run };
}

describe('PlanBookingMessagesUseCase', () => {
  it('confirms a new booking on e-mail, App IO and SMS, and plans a reminder 24 hours ahead per rich channel', async () => {
    const { deliveries, run } = setup();
    await run('scheduling.booking.created', booking());

    const messages = deliveries.messages();
    expect(messages.map((m) => [m.channel, m.recipient]).sort()).toEqual([
      ['appio', 'RSSMRA80A41C573X'],
      ['email', 'maria@example.it'],
      ['sms', '+393331234567'],
    ]);
    const email = messages.find((m) => m.channel === 'email')!;
    expect(email.message.subject).toBe('Appuntamento confermato BK1234');
    expect(email.message.body).toContain(
      "Carta d'identità elettronica presso Sportello Centro, Piazza del Popolo 10 è confermato per il 12/03/2027 alle 09:30",
    );
    expect(email.message.body).toContain('https://web.test/manage/BK1234');
    expect(email.message.body).toContain('Comune di Cesena');
    expect(email.calendar).toContain('METHOD:REQUEST');
    expect(email.calendar).toContain('noreply@facile.test');
    expect(email.due).toEqual(DAYTIME);
    expect(email.appointmentAt).toEqual(new Date('2027-03-12T08:30:00Z'));
    expect(messages.find((m) => m.channel === 'appio')!.calendar).toBeNull();
    expect(messages.find((m) => m.channel === 'sms')!.message.body).toBe(
      'Comune di Cesena: appuntamento BK1234 confermato il 12/03/2027 alle 09:30 presso Sportello Centro, Piazza del Popolo 10.',
    );

    const reminders = deliveries.reminders();
    expect(reminders.map((r) => r.channel).sort()).toEqual(['appio', 'email']);
    for (const r of reminders) {
      expect(r.due).toEqual(new Date('2027-03-11T08:30:00Z'));
      expect(r.sourceEventType).toBe('scheduling.booking.reminder');
      expect(r.bookingRef).toBe('BK1234');
    }
    expect(reminders.find((r) => r.channel === 'email')!.message.subject).toBe(
      'Promemoria: appuntamento domani BK1234',
    );
  });

  it('plans no reminder when the appointment is less than 24 hours away', async () => {
    const { deliveries, run } = setup(new Date('2027-03-11T12:00:00Z'));
    await run('scheduling.booking.created', booking());
    expect(deliveries.messages()).toHaveLength(3);
    expect(deliveries.reminders()).toHaveLength(0);
  });

  it('moves the pending reminder on a reschedule instead of adding a second one', async () => {
    const { deliveries, run } = setup();
    await run('scheduling.booking.created', booking());
    await run(
      'scheduling.booking.rescheduled',
      booking({
        start: '2027-03-20T15:00:00+01:00',
        end: '2027-03-20T15:20:00+01:00',
        sequence: 1,
        previousStart: '2027-03-12T09:30:00+01:00',
        previousSite: 'cesena-centro',
      }),
    );
    const reminders = deliveries.reminders();
    expect(reminders).toHaveLength(2);
    for (const r of reminders) {
      expect(r.status).toBe('queued');
      expect(r.due).toEqual(new Date('2027-03-19T14:00:00Z'));
      expect(r.appointmentAt).toEqual(new Date('2027-03-20T14:00:00Z'));
    }
    expect(reminders.find((r) => r.channel === 'email')!.message.body).toContain('il 20/03/2027 alle 15:00');
    const notice = deliveries.messages().slice(3);
    expect(notice.map((m) => m.channel).sort()).toEqual(['appio', 'email', 'sms']);
    const email = notice.find((m) => m.channel === 'email')!;
    expect(email.message.body).toContain('20/03/2027');
    expect(email.message.body).toContain('12/03/2027'); // where the appointment was
    expect(email.calendar).toContain('SEQUENCE:1');
    expect(email.appointmentAt).toEqual(new Date('2027-03-20T14:00:00Z'));
  });

  it('suppresses the pending reminder when rescheduled to less than 24 hours ahead', async () => {
    const { deliveries, run, clock } = setup();
    await run('scheduling.booking.created', booking());
    clock.at = new Date('2027-03-11T12:00:00Z');
    await run(
      'scheduling.booking.rescheduled',
      booking({
        start: '2027-03-12T08:00:00+01:00',
        previousStart: '2027-03-12T09:30:00+01:00',
        previousSite: 'x',
      }),
    );
    expect(deliveries.reminders().map((r) => [r.status, r.lastError])).toEqual([
      ['suppressed', 'rescheduled to less than 24 hours ahead'],
      ['suppressed', 'rescheduled to less than 24 hours ahead'],
    ]);
  });

  it('suppresses the reminders of a cancelled booking and sends the cancellation with a CANCEL invitation', async () => {
    const { deliveries, run } = setup();
    await run('scheduling.booking.created', booking());
    await run('scheduling.booking.cancelled', booking({ status: 'cancelled', sequence: 1 }));
    expect(deliveries.reminders()).toHaveLength(2);
    expect(
      deliveries.reminders().every((r) => r.status === 'suppressed' && r.lastError === 'booking cancelled'),
    ).toBe(true);
    const cancellation = deliveries.messages().slice(3);
    expect(cancellation.map((m) => m.channel).sort()).toEqual(['appio', 'email', 'sms']);
    expect(cancellation.every((m) => m.appointmentAt === null)).toBe(true);
    expect(cancellation.find((m) => m.channel === 'email')!.calendar).toContain('METHOD:CANCEL');
  });

  it('tells of a closure without a new invitation and leaves the reminder as planned', async () => {
    const { deliveries, run } = setup();
    await run('scheduling.booking.created', booking());
    const before = deliveries.reminders().map((r) => ({ ...r }));
    await run('scheduling.booking.affected-by-closure', booking({ closureReason: 'sciopero' }));
    expect(deliveries.reminders()).toEqual(before);
    const notice = deliveries.messages().slice(3);
    expect(notice).toHaveLength(3);
    expect(notice.every((m) => m.calendar === null && m.appointmentAt === null)).toBe(true);
    expect(notice.find((m) => m.channel === 'email')!.message.body).toContain('sciopero');
  });

  it('defers an SMS decided in the quiet hours to 08:00 Rome time, but not the e-mail', async () => {
    const night = new Date('2027-03-01T22:30:00Z'); // 23:30 in Rome
    const { deliveries, run } = setup(night);
    await run('scheduling.booking.created', booking());
    expect(deliveries.messages().find((m) => m.channel === 'sms')!.due).toEqual(
      new Date('2027-03-02T07:00:00Z'),
    );
    expect(deliveries.messages().find((m) => m.channel === 'email')!.due).toEqual(night);
  });

  it('sends a citizen with only a phone just the SMS, and no reminder', async () => {
    const { deliveries, run } = setup();
    await run(
      'scheduling.booking.created',
      booking({ citizen: { firstName: 'Ugo', lastName: 'Neri', phone: '+39333' } }),
    );
    expect(deliveries.rows.map((r) => [r.kind, r.channel, r.recipient])).toEqual([
      ['message', 'sms', '+39333'],
    ]);
  });

  it('sends no SMS when no provider is configured, and no App IO without a service key', async () => {
    const { deliveries, run, channels } = setup();
    channels.sms = false;
    channels.appIoTenants.clear();
    await run('scheduling.booking.created', booking());
    expect(deliveries.messages().map((m) => m.channel)).toEqual(['email']);
  });

  it('writes in English when the citizen asked for it, Italian otherwise', async () => {
    const { deliveries, run } = setup();
    await run('scheduling.booking.created', booking({ citizen: { ...citizen, locale: 'en' } }));
    await run(
      'scheduling.booking.affected-by-closure',
      booking({ code: 'BK2', citizen: { ...citizen, locale: 'en' } }),
    );
    const email = deliveries.messages().find((m) => m.channel === 'email')!;
    expect(email.locale).toBe('en');
    expect(email.message.subject).not.toBe('Appuntamento confermato BK1234');
    expect(deliveries.rows.every((r) => r.locale === 'en')).toBe(true);
    const closure = deliveries.messages().find((m) => m.bookingRef === 'BK2' && m.channel === 'email')!;
    expect(closure.message.body).toContain('unscheduled closure');
  });

  it("uses the municipality's template override for its channel, type and locale", async () => {
    const { deliveries, run } = setup();
    deliveries.overrides.set('cesena/scheduling.booking.created/email/it', {
      subject: 'Cesena: {{code}}',
      body: 'Ci vediamo il {{date}} alle {{time}}, {{firstName}}.',
    });
    deliveries.overrides.set('cesena/scheduling.booking.reminder/appio/it', {
      subject: 'Promemoria IO {{code}}',
      body: 'Domani alle {{time}}.',
    });
    await run('scheduling.booking.created', booking());
    const email = deliveries.messages().find((m) => m.channel === 'email')!;
    expect(email.message).toEqual({
      subject: 'Cesena: BK1234',
      body: 'Ci vediamo il 12/03/2027 alle 09:30, Maria.',
    });
    expect(deliveries.messages().find((m) => m.channel === 'appio')!.message.subject).not.toBe(
      'Cesena: BK1234',
    );
    expect(deliveries.reminders().find((r) => r.channel === 'appio')!.message).toEqual({
      subject: 'Promemoria IO BK1234',
      body: 'Domani alle 09:30.',
    });
  });

  it('sends a confirmation request with the confirm link and deadline, and plans nothing else', async () => {
    const { deliveries, run } = setup();
    await run(
      'scheduling.booking.requested',
      booking({ status: 'pending', confirmBy: '2027-03-02T10:00:00Z' } as Partial<BookingStateV1>),
    );
    expect(deliveries.reminders()).toHaveLength(0);
    const email = deliveries.messages().find((m) => m.channel === 'email')!;
    expect(email.calendar).toBeNull();
    expect(email.message.body).toContain('https://web.test/confirm/BK1234');
  });
});

import { CaseStateV1, RegistrationStateV1 } from '@facile/contracts';
import { QuietHours } from '@facile/notifications/domain';
import { DeliveryWriter, PlannedDelivery } from '../ports/booking-deliveries';
import { ChannelAvailability } from '../ports/channel-availability';
import { Clock } from '../ports/clock';
import { Municipalities } from '../ports/municipalities';
import { PlanCaseSessionMessagesUseCase } from './plan-case-session-messages.use-case';

class InMemoryWriter implements DeliveryWriter {
  rows: PlannedDelivery[] = [];
  async queue(d: PlannedDelivery) {
    this.rows.push(d);
  }
}

class FakeChannels extends ChannelAvailability {
  appIoTenants = new Set(['cesena']);
  smsEnabled = () => true;
  smsQuietHours = (): QuietHours => ({ start: 21, end: 8 });
  appIoEnabledFor = (tenant: string) => this.appIoTenants.has(tenant);
}

class FakeMunicipalities extends Municipalities {
  name = (tenant: string) => (tenant === 'cesena' ? 'Comune di Cesena' : tenant);
  organizerEmail = () => 'noreply@facile.test';
}

const NOW = new Date('2027-03-01T10:00:00Z');
class FixedClock extends Clock {
  now = () => NOW;
}

const citizen = {
  firstName: 'Maria',
  lastName: 'Rossi',
  email: 'maria@example.it',
  fiscalCode: 'rssmra80a41c573x',
};

const aCase = (over: Partial<CaseStateV1> = {}): CaseStateV1 =>
  ({
    caseId: '0b3c1f7e-4b7e-4d1a-9c55-000000000002',
    code: 'AS-1',
    topic: 'SPID',
    tenant: 'cesena',
    status: 'open',
    bookingCode: 'BK1',
    checklist: [
      { label: "Documento d'identità", satisfied: true },
      { label: 'Tessera sanitaria', satisfied: false },
    ],
    nextSteps: ['Attivare SPID'],
    citizen,
    ...over,
  }) as CaseStateV1;

const registration = (over: Partial<RegistrationStateV1> = {}): RegistrationStateV1 =>
  ({
    registrationId: '0b3c1f7e-4b7e-4d1a-9c55-000000000003',
    code: 'R-1',
    sessionId: '0b3c1f7e-4b7e-4d1a-9c55-000000000004',
    tenant: 'cesena',
    site: 'cesena-centro',
    title: 'Laboratorio SPID',
    start: '2027-03-15T17:00:00+01:00',
    end: '2027-03-15T18:00:00+01:00',
    status: 'registered',
    caseCode: 'AS-1',
    citizen,
    ...over,
  }) as RegistrationStateV1;

function setup() {
  const writer = new InMemoryWriter();
  const channels = new FakeChannels();
  const sut = new PlanCaseSessionMessagesUseCase(channels, new FakeMunicipalities(), new FixedClock());
  return { sut, writer, channels };
}

describe('PlanCaseSessionMessagesUseCase', () => {
  it('sends an opened case by e-mail and App IO with only the missing checklist items', async () => {
    const { sut, writer } = setup();
    await sut.execute({ type: 'assistance.case.opened', case: aCase() }, writer);
    expect(writer.rows.map((r) => [r.channel, r.recipient])).toEqual([
      ['email', 'maria@example.it'],
      ['appio', 'RSSMRA80A41C573X'],
    ]);
    const email = writer.rows[0];
    expect(email.message.subject).toBe('Pratica di assistenza AS-1 aperta');
    expect(email.message.body).toContain('- Tessera sanitaria');
    expect(email.message.body).not.toContain("Documento d'identità");
    expect(email.message.body).toContain('- Attivare SPID');
    expect(email.message.body).toContain('Comune di Cesena');
    expect(email).toMatchObject({ kind: 'message', caseRef: 'AS-1', bookingRef: 'BK1', appointmentAt: null });
    expect(email.due).toEqual(NOW);
  });

  it('sends nothing for a case without a citizen contact', async () => {
    const { sut, writer } = setup();
    await sut.execute({ type: 'assistance.case.closed', case: aCase({ citizen: undefined }) }, writer);
    expect(writer.rows).toHaveLength(0);
  });

  it('gives a closed case its outcome, in English when asked', async () => {
    const { sut, writer } = setup();
    await sut.execute(
      {
        type: 'assistance.case.closed',
        case: aCase({ status: 'resolved', outcome: 'SPID attivato', citizen: { ...citizen, locale: 'en' } }),
      },
      writer,
    );
    expect(writer.rows.every((r) => r.locale === 'en')).toBe(true);
    expect(writer.rows[0].message.body).toContain('SPID attivato');
    expect(writer.rows[0].message.subject).not.toContain('Pratica');
  });

  it('makes a promoted seat an appointment to attend, a cancelled registration not', async () => {
    const { sut, writer, channels } = setup();
    channels.appIoTenants.clear();
    await sut.execute({ type: 'scheduling.registration.promoted', registration: registration() }, writer);
    await sut.execute(
      { type: 'scheduling.registration.cancelled', registration: registration({ status: 'cancelled' }) },
      writer,
    );
    expect(writer.rows.map((r) => r.channel)).toEqual(['email', 'email']);
    const [promoted, cancelled] = writer.rows;
    expect(promoted.appointmentAt).toEqual(new Date('2027-03-15T16:00:00Z'));
    expect(promoted.message.body).toContain('15/03/2027');
    expect(promoted.message.body).toContain('17:00');
    expect(promoted).toMatchObject({ bookingRef: 'R-1', caseRef: 'AS-1' });
    expect(cancelled.appointmentAt).toBeNull();
  });
});

import { Producer } from 'kafkajs';
import { randomUUID } from 'node:crypto';
import { CaseStateV1, newCloudEvent, RegistrationStateV1, toKafkaRecord, Topics } from '@facile/contracts';
import {
  MailSink,
  startTestService,
  testEnvironment,
  testKafka,
  TestService,
  waitFor,
} from '@facile/platform/testing';
import { NotificationsConfig } from '../notifications.config';
import { notificationsService } from '../notifications.service';

/** Case messages (checklist, outcome) and group-session messages (promotion, cancellation). */
describe('case and session messages', () => {
  const sink = new MailSink();
  let svc: TestService<NotificationsConfig>;
  let producer: Producer;
  const topic = (t: string) => `${svc.config.KAFKA_TOPIC_PREFIX}${t}`;

  beforeAll(async () => {
    const smtpUrl = await sink.start();
    svc = await startTestService(
      notificationsService,
      testEnvironment('notifications-cases', { SMTP_URL: smtpUrl, DELIVERY_POLL_MS: '50' }),
    );
    await svc.reset();
    producer = testKafka().producer();
    await producer.connect();
  });
  afterAll(async () => {
    await producer?.disconnect();
    await svc?.close();
    await sink.stop();
  });

  it('sends the "what to bring" checklist when a case opens, and the outcome when it closes', async () => {
    const to = `case-${randomUUID().slice(0, 8)}@example.it`;
    const c: CaseStateV1 = {
      caseId: randomUUID(),
      code: 'AS-7K2Q',
      topic: 'spid',
      tenant: 'mercato-saraceno',
      status: 'open',
      checklist: [
        { id: 'id-document', label: "Documento d'identità valido", satisfied: false },
        { id: 'phone', label: 'Telefono cellulare', satisfied: true },
      ],
      nextSteps: ['Prenoti un appuntamento al punto Digitale Facile'],
      citizen: { firstName: 'Giulia', lastName: 'Verdi', email: to },
    };
    const opened = newCloudEvent({
      type: 'assistance.case.opened',
      source: 'assistance',
      tenant: c.tenant,
      subject: c.caseId,
      data: c,
    });
    const closed = newCloudEvent({
      type: 'assistance.case.closed',
      source: 'assistance',
      tenant: c.tenant,
      subject: c.caseId,
      data: { ...c, status: 'resolved', outcome: 'SPID attivato' },
    });
    await producer.send({
      topic: topic(Topics.assistanceCases),
      messages: [toKafkaRecord(opened), toKafkaRecord(closed), toKafkaRecord(opened)],
    });
    const mails = await waitFor(() => (sink.to(to).length >= 2 ? sink.to(to) : null));
    const first = mails.find((m) => m.subject === 'Pratica di assistenza AS-7K2Q aperta');
    expect(first?.text).toContain("- Documento d'identità valido");
    expect(first?.text).not.toContain('Telefono cellulare');
    expect(first?.text).toContain('- Prenoti un appuntamento al punto Digitale Facile');
    expect(mails.find((m) => m.subject === 'Pratica di assistenza AS-7K2Q chiusa')?.text).toContain(
      'Esito: SPID attivato.',
    );
    await new Promise((r) => setTimeout(r, 500));
    expect(sink.to(to)).toHaveLength(2);
  });

  it('tells a waitlisted citizen about the promotion, and a registrant about a cancelled session', async () => {
    const to = `reg-${randomUUID().slice(0, 8)}@example.it`;
    const r: RegistrationStateV1 = {
      registrationId: randomUUID(),
      code: 'RG-91',
      sessionId: randomUUID(),
      tenant: 'cesena',
      site: 'cesena-centro',
      title: 'Come usare SPID',
      start: '2027-05-04T15:00:00Z',
      end: '2027-05-04T16:30:00Z',
      status: 'registered',
      citizen: { firstName: 'Paolo', lastName: 'Gialli', email: to, locale: 'en' },
    };
    const promoted = newCloudEvent({
      type: 'scheduling.registration.promoted',
      source: 'scheduling',
      tenant: 'cesena',
      subject: r.registrationId,
      data: r,
    });
    const cancelled = newCloudEvent({
      type: 'scheduling.registration.cancelled',
      source: 'scheduling',
      tenant: 'cesena',
      subject: r.registrationId,
      data: { ...r, status: 'cancelled', reason: 'session cancelled' },
    });
    await producer.send({
      topic: topic(Topics.schedulingSessions),
      messages: [toKafkaRecord(promoted), toKafkaRecord(cancelled)],
    });
    const mails = await waitFor(() => (sink.to(to).length >= 2 ? sink.to(to) : null));
    expect(mails.find((m) => m.subject === 'Seat confirmed: Come usare SPID')?.text).toContain(
      'on 04/05/2027 at 17:00 at cesena-centro is confirmed',
    );
    expect(mails.find((m) => m.subject === 'Registration cancelled: Come usare SPID')?.text).toContain(
      'Reason: session cancelled.',
    );
  });
});

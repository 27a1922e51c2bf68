import { Producer } from 'kafkajs';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { toKafkaRecord, Topics } from '@facile/contracts';
import {
  MailSink,
  staffToken,
  startTestService,
  testEnvironment,
  testKafka,
  TestService,
  untypedOperations,
  waitFor,
} from '@facile/platform/testing';
import { NotificationsConfig } from '../notifications.config';
import { notificationsService } from '../notifications.service';
import { bookingEvent, bookingState } from './booking-fixtures';

const PATH = '/notifications/v1/tenants/cesena/templates/scheduling.booking.created/email/it';

/** Per-municipality template overrides: checked at save time, used by the next message, reverted by DELETE. */
describe('templates', () => {
  const sink = new MailSink();
  let svc: TestService<NotificationsConfig>;
  let producer: Producer;
  let cesena: string;
  let montiano: string;

  beforeAll(async () => {
    const smtpUrl = await sink.start();
    svc = await startTestService(
      notificationsService,
      // The overrides' cache on, and long: every save and DELETE below must still reach the next e-mail at once.
      testEnvironment('notifications-templates', {
        SMTP_URL: smtpUrl,
        DELIVERY_POLL_MS: '50',
        REFERENCE_CACHE_MS: '60000',
      }),
    );
    await svc.reset();
    producer = testKafka().producer();
    await producer.connect();
    cesena = `Bearer ${await staffToken('tenant-admin', { tenants: ['cesena'] })}`;
    montiano = `Bearer ${await staffToken('tenant-admin', { tenants: ['montiano'] })}`;
  });
  afterAll(async () => {
    await producer?.disconnect();
    await svc?.close();
    await sink.stop();
  });

  it('documents every endpoint in OpenAPI, each with its operationId, answer schema and problems', async () => {
    const doc = await request(svc.app.getHttpServer()).get('/notifications/openapi.json').expect(200);
    expect(Object.keys(doc.body.paths)).toEqual(
      expect.arrayContaining([
        '/notifications/v1/deliveries',
        '/notifications/v1/deliveries/{id}',
        '/notifications/v1/opt-out',
        PATH.replace(
          'cesena/templates/scheduling.booking.created/email/it',
          '{tenant}/templates/{eventType}/{channel}/{locale}',
        ),
      ]),
    );
    expect(untypedOperations(doc.body)).toEqual([]);
  });

  /** Sends a booking of cesena and returns its confirmation e-mail. */
  const confirmationOf = async (code: string) => {
    const to = `c-${randomUUID().slice(0, 8)}@example.it`;
    const event = bookingEvent(
      'scheduling.booking.created',
      bookingState({ firstName: 'Luca', lastName: 'Bianchi', email: to }, { bookingId: randomUUID(), code }),
    );
    await producer.send({
      topic: `${svc.config.KAFKA_TOPIC_PREFIX}${Topics.schedulingBookings}`,
      messages: [toKafkaRecord(event)],
    });
    const [mail] = await waitFor(() => (sink.to(to).length > 0 ? sink.to(to) : null));
    return mail;
  };

  it('serves the default, saves a checked override that the next e-mail uses, and reverts it', async () => {
    const http = request(svc.app.getHttpServer());
    const initial = await http.get(PATH).set('Authorization', cesena).expect(200);
    expect(initial.body).toMatchObject({ source: 'default', subject: 'Appuntamento confermato {{code}}' });
    // an e-mail before the override: the municipality's (empty) overrides are now in the cache
    expect((await confirmationOf('AA11BB')).subject).toBe('Appuntamento confermato AA11BB');

    const saved = await http
      .put(PATH)
      .set('Authorization', cesena)
      .send({
        subject: 'Cesena: prenotazione {{code}}',
        body: 'Ciao {{firstName}}, ci vediamo il {{date}} alle {{time}}.',
      })
      .expect(200);
    expect(saved.body).toMatchObject({ source: 'override', subject: 'Cesena: prenotazione {{code}}' });
    // the shipped default stays beside the override, with the variables a template may use
    expect(saved.body.defaultSubject).toBe('Appuntamento confermato {{code}}');
    expect(saved.body.defaultBody).toBe(initial.body.body);
    expect(saved.body.variables).toEqual(expect.arrayContaining(['firstName', 'code', 'manageLink']));
    expect(saved.body.variables).not.toContain('fiscalCode');

    const preview = await http.post(`${PATH}/preview`).set('Authorization', cesena).send({}).expect(200);
    expect(preview.body).toEqual({
      subject: 'Cesena: prenotazione K7Q2XM',
      body: 'Ciao Maria, ci vediamo il 12/03/2027 alle 09:30.',
    });

    const mail = await confirmationOf('ZX81AB');
    expect(mail.subject).toBe('Cesena: prenotazione ZX81AB');
    expect(mail.text).toContain('Ciao Luca, ci vediamo il 12/03/2027 alle 09:30.');

    await http.delete(PATH).set('Authorization', cesena).expect(204);
    expect((await http.get(PATH).set('Authorization', cesena).expect(200)).body.source).toBe('default');
    expect((await confirmationOf('CC22DD')).subject).toBe('Appuntamento confermato CC22DD');
  });

  it('refuses templates that do not compile or use unknown variables, with 422', async () => {
    const http = request(svc.app.getHttpServer());
    const broken = await http
      .put(PATH)
      .set('Authorization', cesena)
      .send({ subject: '{{code', body: 'x' })
      .expect(422);
    expect(broken.headers['content-type']).toMatch(/problem\+json/);
    expect(broken.body.detail).toMatch(/does not compile/);
    const unknown = await http
      .put(PATH)
      .set('Authorization', cesena)
      .send({ subject: 'ok', body: 'Codice fiscale {{fiscalCode}}' })
      .expect(422);
    expect(unknown.body.detail).toMatch(/fiscalCode/);
    await http
      .post(`${PATH}/preview`)
      .set('Authorization', cesena)
      .send({ subject: 'x', body: '{{#each code}}{{/each}}' })
      .expect(422);
  });

  it('answers 403 for another municipality, 404 for unknown type/channel/locale/tenant, 400 for bad input, 401 without a token', async () => {
    const http = request(svc.app.getHttpServer());
    await http.put(PATH).set('Authorization', montiano).send({ subject: 'a', body: 'b' }).expect(403);
    await http.get(PATH).set('Authorization', montiano).expect(403);
    await http
      .get('/notifications/v1/tenants/cesena/templates/scheduling.booking.exploded/email/it')
      .set('Authorization', cesena)
      .expect(404);
    await http
      .get('/notifications/v1/tenants/cesena/templates/scheduling.booking.created/fax/it')
      .set('Authorization', cesena)
      .expect(404);
    await http
      .get('/notifications/v1/tenants/cesena/templates/scheduling.booking.created/email/de')
      .set('Authorization', cesena)
      .expect(404);
    await http
      .get('/notifications/v1/tenants/rimini/templates/scheduling.booking.created/email/it')
      .set('Authorization', cesena)
      .expect(404);
    await http.put(PATH).set('Authorization', cesena).send({ subject: 'a', body: 'b', extra: 1 }).expect(400);
    await http.put(PATH).set('Authorization', cesena).send({ subject: 'a' }).expect(400);
    await http.get(PATH).expect(401);
  });
});

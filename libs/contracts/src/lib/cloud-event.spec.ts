import { fromKafkaRecord, InvalidCloudEventError, newCloudEvent, toKafkaRecord } from './cloud-event';
import { validateCloudEvent } from './validate-event';

const event = newCloudEvent({
  type: 'scheduling.ticket.issued',
  source: 'scheduling',
  tenant: 'cesena',
  subject: '7b0c1f44-6a43-4e52-9a3e-3f0a0c7d1e11',
  traceparent: '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01',
  data: {
    ticketId: '7b0c1f44-6a43-4e52-9a3e-3f0a0c7d1e11',
    site: 'cesena-centro',
    tenant: 'cesena',
    service: 'carta-identita-elettronica',
    number: 'A001',
    status: 'waiting',
    issuedAt: '2027-01-12T08:31:00.000Z',
  },
});

describe('CloudEvents in Kafka binary mode', () => {
  it('puts the attributes in ce_* headers, the data in the body and the aggregate id in the key', () => {
    const record = toKafkaRecord(event);
    expect(record.key).toBe(event.subject);
    expect(record.headers).toMatchObject({
      ce_id: event.id,
      ce_type: 'scheduling.ticket.issued',
      ce_source: 'scheduling',
      ce_specversion: '1.0',
      ce_tenant: 'cesena',
      ce_traceparent: event.traceparent,
    });
    expect(JSON.parse(record.value)).toEqual(event.data);
  });

  it('reads back what it wrote, validated against the payload class', () => {
    const record = toKafkaRecord(event);
    const back = validateCloudEvent(fromKafkaRecord(record.key, record.value, record.headers));
    expect(back).toMatchObject({ id: event.id, type: event.type, tenant: 'cesena', subject: event.subject });
  });

  it.each([
    ['a missing header', (h: Record<string, string>) => ({ ...h, ce_id: '' }), '{}', /ce_id/],
    [
      'a wrong specversion',
      (h: Record<string, string>) => ({ ...h, ce_specversion: '0.3' }),
      '{}',
      /specversion/,
    ],
    ['a body that is not JSON', (h: Record<string, string>) => h, '{oops', /not JSON/],
    ['a body that is an array', (h: Record<string, string>) => h, '[1]', /object/],
  ])('refuses %s', (_name, headers, body, message) => {
    const record = toKafkaRecord(event);
    expect(() => fromKafkaRecord(record.key, body, headers(record.headers))).toThrow(message);
  });

  it('refuses an unknown type or an invalid payload', () => {
    const record = toKafkaRecord(event);
    expect(() =>
      validateCloudEvent(fromKafkaRecord(record.key, record.value, { ...record.headers, ce_type: 'x.y' })),
    ).toThrow(InvalidCloudEventError);
    expect(() => validateCloudEvent(fromKafkaRecord(record.key, '{"ticketId": 3}', record.headers))).toThrow(
      /ticketId/,
    );
  });
});

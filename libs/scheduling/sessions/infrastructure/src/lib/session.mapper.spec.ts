import { isEventType, validateEventPayload } from '@facile/contracts';
import { REGISTRATION_EVENT_OF } from '@facile/scheduling/sessions-domain';
import {
  RegistrationRow,
  SessionRow,
  toRegistration,
  toRegistrationState,
  toSession,
} from './session.mapper';

// PostgreSQL answers counts and positions as text when they come from expressions: the mapper reads numbers.
const SESSION = '7c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f';

const asText = (n: number) => String(n) as unknown as number;

const sessionRow: SessionRow = {
  id: SESSION,
  tenant_id: 'cesena',
  site_id: 'cesena-centro',
  title: 'SPID in pratica',
  topic: null,
  language: 'it',
  start_at: new Date('2027-05-17T08:00:00Z'),
  end_at: new Date('2027-05-17T10:00:00Z'),
  seats: asText(12),
  registered: asText(12),
  waitlisted: asText(3),
  status: 'open',
};

const registrationRow: RegistrationRow = {
  r_id: '3f2b6a1e-8c4d-4e7a-9b1f-2d5c6e7a8b90',
  r_code: 'K7MA-QX94',
  r_session_id: SESSION,
  r_status: 'waitlisted',
  r_position: asText(3),
  r_manage_token_hash: 'hash',
  r_case_code: null,
  r_first_name: 'Mario',
  r_last_name: 'Rossi',
  r_fiscal_code: 'RSSMRA80A01C573K',
  r_email: null,
  r_phone: null,
  r_locale: 'it',
  r_created_at: new Date('2027-05-10T08:00:00Z'),
  r_promoted_at: null,
};

describe('session mapper', () => {
  it('reads a session and a registration row with numbers as numbers', () => {
    const session = toSession(sessionRow);
    expect(session).toMatchObject({
      tenant: 'cesena',
      site: 'cesena-centro',
      seats: 12,
      registered: 12,
      waitlisted: 3,
    });
    const r = toRegistration(registrationRow, session);
    expect(r).toMatchObject({
      status: 'waitlisted',
      position: 3,
      citizen: { fiscalCode: 'RSSMRA80A01C573K' },
    });
    expect(
      toRegistration({ ...registrationRow, r_status: 'registered', r_position: null }, session).position,
    ).toBeNull();
  });

  it('builds an event payload the contract accepts, in Italian local time, leaving out what is empty', () => {
    const r = toRegistration(registrationRow, toSession(sessionRow));
    const state = toRegistrationState(r, { reason: 'cancelled-by-citizen' });
    expect(() => validateEventPayload('scheduling.registration.waitlisted', state)).not.toThrow();
    expect(state).toMatchObject({
      registrationId: registrationRow.r_id,
      sessionId: SESSION,
      tenant: 'cesena',
      start: '2027-05-17T10:00:00+02:00',
      position: 3,
      reason: 'cancelled-by-citizen',
      registeredCount: 12,
      waitlistedCount: 3,
      registeredAt: '2027-05-10T08:00:00.000Z',
      citizen: { firstName: 'Mario', lastName: 'Rossi', fiscalCode: 'RSSMRA80A01C573K', locale: 'it' },
    });
    for (const key of ['caseCode', 'promotedAt']) expect(state).not.toHaveProperty(key);
    expect(state.citizen).not.toHaveProperty('email');
  });

  it('writes only registration events the contract knows (the domain names them)', () => {
    for (const type of Object.values(REGISTRATION_EVENT_OF)) expect(isEventType(type)).toBe(true);
  });
});

import { closedReason, newRegistrationEvent, personKey, placeFor } from './registration';

describe('group-session registration rules', () => {
  it('identifies a person by codice fiscale, else by e-mail, case-insensitively', () => {
    expect(personKey({ fiscalCode: 'rssmra85t10a562s', email: 'A@B.it' })).toBe('cf:RSSMRA85T10A562S');
    expect(personKey({ email: ' Mario@Example.org ' })).toBe('email:mario@example.org');
    expect(personKey({})).toBeNull();
  });

  it('gives a seat while one is left, then the next waiting position', () => {
    expect(placeFor({ seats: 2, registered: 1, waitlisted: 0 })).toEqual({ status: 'registered' });
    expect(placeFor({ seats: 2, registered: 2, waitlisted: 0 })).toEqual({
      status: 'waitlisted',
      position: 1,
    });
    expect(placeFor({ seats: 2, registered: 2, waitlisted: 7 })).toEqual({
      status: 'waitlisted',
      position: 8,
    });
  });

  it('closes cancelled and started sessions', () => {
    const now = new Date('2027-01-01T10:00:00Z');
    expect(closedReason({ status: 'cancelled', start: new Date('2027-02-01T10:00:00Z') }, now)).toBe(
      'cancelled',
    );
    expect(closedReason({ status: 'open', start: new Date('2027-01-01T10:00:00Z') }, now)).toBe('past');
    expect(closedReason({ status: 'open', start: new Date('2027-01-02T10:00:00Z') }, now)).toBeNull();
  });

  it('names the event of a new registration by its place: created with a seat, waitlisted without', () => {
    expect(newRegistrationEvent(placeFor({ seats: 2, registered: 1, waitlisted: 0 }))).toBe(
      'scheduling.registration.created',
    );
    expect(newRegistrationEvent(placeFor({ seats: 2, registered: 2, waitlisted: 3 }))).toBe(
      'scheduling.registration.waitlisted',
    );
  });
});

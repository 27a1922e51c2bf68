import { describe, expect, it } from 'vitest';
import { emptyRegistrant, errorsFromProblem, registrantBody, validateRegistrant } from './registrant';

describe('registrant', () => {
  it('asks for the names and the codice fiscale or the e-mail', () => {
    expect(validateRegistrant(emptyRegistrant('it'))).toEqual({
      firstName: 'required',
      lastName: 'required',
      fiscalCode: 'contactRequired',
    });
  });
  it('accepts the e-mail alone and checks what is typed', () => {
    const r = { ...emptyRegistrant('it'), firstName: 'Maria', lastName: 'Rossi', email: 'maria@example.org' };
    expect(validateRegistrant(r)).toEqual({});
    expect(validateRegistrant({ ...r, email: 'maria@', phone: 'abc' })).toEqual({
      email: 'emailInvalid',
      phone: 'phoneInvalid',
    });
    expect(validateRegistrant({ ...r, fiscalCode: 'RSSMRA85T10A562T' })).toEqual({
      fiscalCode: 'fiscalCodeInvalid',
    });
  });
  it('leaves empty optional fields out of the body', () => {
    const body = registrantBody({
      ...emptyRegistrant('en'),
      firstName: ' Maria ',
      lastName: 'Rossi',
      fiscalCode: 'rssmra85t10a562s',
    });
    expect(body).toEqual({
      firstName: 'Maria',
      lastName: 'Rossi',
      fiscalCode: 'RSSMRA85T10A562S',
      email: undefined,
      phone: undefined,
      locale: 'en',
    });
  });
  it('puts the service field problems on the fields', () => {
    expect(
      errorsFromProblem([
        { field: 'citizen.fiscalCode', message: 'x' },
        { field: 'other', message: 'y' },
      ]),
    ).toEqual({
      fiscalCode: 'fiscalCodeInvalid',
    });
  });
});

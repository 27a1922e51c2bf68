import { describe, expect, it } from 'vitest';
import { bookingLink, caseBody, emptyAssistanceForm, validateAssistance } from './assistance-form';

describe('assistance form', () => {
  it('needs the municipality, the topic and the names', () => {
    expect(validateAssistance(emptyAssistanceForm())).toEqual({
      tenant: 'required',
      topic: 'required',
      firstName: 'required',
      lastName: 'required',
    });
  });
  it('checks the optional fields only when typed', () => {
    const f = {
      ...emptyAssistanceForm(),
      tenant: 'cesena',
      topic: 'spid-activation',
      firstName: 'Anna',
      lastName: 'Verdi',
    };
    expect(validateAssistance(f)).toEqual({});
    expect(validateAssistance({ ...f, birthYear: '58', email: 'x' }, 2026)).toEqual({
      birthYear: 'birthYearInvalid',
      email: 'emailInvalid',
    });
  });
  it('opens a desk case with what the citizen has', () => {
    const f = {
      ...emptyAssistanceForm(),
      tenant: 'cesena',
      topic: 'spid-activation',
      has: ['id-document'],
      firstName: 'Anna',
      lastName: 'Verdi',
      birthYear: '1958',
    };
    expect(caseBody(f)).toEqual({
      topic: 'spid-activation',
      tenant: 'cesena',
      channel: 'desk',
      has: ['id-document'],
      citizen: {
        firstName: 'Anna',
        lastName: 'Verdi',
        fiscalCode: undefined,
        email: undefined,
        phone: undefined,
        birthYear: 1958,
      },
    });
  });
  it('links the booking with procedure, municipality and case', () => {
    expect(bookingLink('attivazione-spid-lepidaid', 'montiano', 'K7MA-QX94')).toBe(
      '/prenota?servizio=attivazione-spid-lepidaid&comune=montiano&pratica=K7MA-QX94',
    );
  });
});

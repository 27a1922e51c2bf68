import { BusinessRuleError, ConflictError, ValidationFailedError } from '@facile/platform/errors';
import { CODE_ALPHABET, ManageTokens } from '@facile/platform/validation';
import { Clock } from '@facile/scheduling/application';
import { clock, storeWithSession } from '../testing/fixtures';
import { RegisterCommand, RegisterForSessionUseCase } from './register.use-case';

const person = (n: number): RegisterCommand['citizen'] => ({
  firstName: `Nome${n}`,
  lastName: 'Rossi',
  email: `persona${n}@example.org`,
});

async function setup(seats = 2, at: Clock = clock) {
  const { store, session } = await storeWithSession(seats);
  return { store, session, sut: new RegisterForSessionUseCase(store, at) };
}

describe('RegisterForSessionUseCase', () => {
  it('gives a seat while one is left, with a readable code and a manage token of which only the hash is kept', async () => {
    const { sut, store } = await setup();
    const r = await sut.execute({ sessionId: 's1', citizen: { ...person(1), phone: '+39 0547 000000' } });
    expect(r).toMatchObject({
      status: 'registered',
      session: { id: 's1', seats: 2, seatsLeft: 1, waitlisted: 0 },
      citizen: {
        firstName: 'Nome1',
        lastName: 'Rossi',
        email: 'persona1@example.org',
        phone: '+39 0547 000000',
      },
    });
    expect(r.position).toBeUndefined();
    expect(r.code).toMatch(new RegExp(`^[${CODE_ALPHABET}]{4}-[${CODE_ALPHABET}]{4}$`));
    const stored = store.registrations[0];
    expect(stored.manageTokenHash).not.toBe(r.manageToken);
    expect(ManageTokens.matches(r.manageToken, stored.manageTokenHash)).toBe(true);
    expect(store.events).toEqual([`scheduling.registration.created ${r.code}`]);
  });

  it('puts the next people on the waiting list at positions 1, 2, … once the seats are taken', async () => {
    const { sut } = await setup(1);
    await sut.execute({ sessionId: 's1', citizen: person(1) });
    const second = await sut.execute({ sessionId: 's1', citizen: person(2) });
    const third = await sut.execute({ sessionId: 's1', citizen: person(3) });
    expect(second).toMatchObject({ status: 'waitlisted', position: 1 });
    expect(third).toMatchObject({
      status: 'waitlisted',
      position: 2,
      session: { seatsLeft: 0, waitlisted: 2 },
    });
  });

  it('keys a person by codice fiscale (upper-cased), else by e-mail, and refuses one with neither', async () => {
    const { sut, store } = await setup();
    await sut.execute({
      sessionId: 's1',
      caseCode: 'FAC-2027-000123',
      citizen: { firstName: 'Mario', lastName: 'Rossi', fiscalCode: 'rssmra80a01c573k', locale: 'en' },
    });
    expect(store.registrations[0]).toMatchObject({
      personKey: 'cf:RSSMRA80A01C573K',
      caseCode: 'FAC-2027-000123',
      citizen: { fiscalCode: 'RSSMRA80A01C573K', email: null, phone: null, locale: 'en' },
    });
    const error = await sut
      .execute({ sessionId: 's1', citizen: { firstName: 'Anna', lastName: 'Bianchi' } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationFailedError);
    expect((error as ValidationFailedError).errors).toEqual([
      { field: 'citizen', message: 'a fiscalCode or an email is required' },
    ]);
    expect(store.registrations).toHaveLength(1);
  });

  it('refuses the same person twice while the first registration is active', async () => {
    const { sut } = await setup();
    await sut.execute({ sessionId: 's1', citizen: person(1) });
    await expect(
      sut.execute({ sessionId: 's1', citizen: { ...person(1), email: 'PERSONA1@example.org ' } }),
    ).rejects.toMatchObject({ constructor: ConflictError, code: 'already-registered' });
  });

  it("asks the store with the clock's time: a session that has started takes nobody", async () => {
    const { sut, store } = await setup(2, { now: () => new Date('2027-05-17T08:30:00Z') });
    await expect(sut.execute({ sessionId: 's1', citizen: person(1) })).rejects.toMatchObject({
      constructor: BusinessRuleError,
      code: 'session-started',
    });
    expect(store.registrations).toEqual([]);
  });
});

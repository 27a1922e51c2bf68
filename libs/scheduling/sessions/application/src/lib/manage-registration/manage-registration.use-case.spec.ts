import { ConflictError, NotFoundError } from '@facile/platform/errors';
import { clock, storeWithSession } from '../testing/fixtures';
import { RegisterForSessionUseCase } from '../register/register.use-case';
import { ManageRegistrationUseCase } from './manage-registration.use-case';

async function setup() {
  const { store } = await storeWithSession(1);
  const register = new RegisterForSessionUseCase(store, clock);
  const seated = await register.execute({
    sessionId: 's1',
    citizen: { firstName: 'Mario', lastName: 'Rossi', email: 'mario@example.org' },
  });
  const waiting = await register.execute({
    sessionId: 's1',
    citizen: { firstName: 'Anna', lastName: 'Bianchi', email: 'anna@example.org' },
  });
  return { store, seated, waiting, sut: new ManageRegistrationUseCase(store) };
}

describe('ManageRegistrationUseCase', () => {
  it('shows a registration to the holder of its token, whatever the case of the code, without the token', async () => {
    const { sut, waiting } = await setup();
    const r = await sut.read('s1', waiting.code.toLowerCase(), waiting.manageToken);
    expect(r).toMatchObject({ code: waiting.code, status: 'waitlisted', position: 1 });
    expect(r.manageToken).toBeUndefined();
  });

  it('answers a wrong, missing or foreign token exactly like an unknown code, so codes cannot be probed', async () => {
    const { sut, seated, waiting } = await setup();
    const errors = await Promise.all([
      sut.read('s1', seated.code, waiting.manageToken).catch((e: unknown) => e),
      sut.read('s1', seated.code, undefined).catch((e: unknown) => e),
      sut.read('s1', 'ZZZZ-ZZZZ', seated.manageToken).catch((e: unknown) => e),
      sut.read('other-session', seated.code, seated.manageToken).catch((e: unknown) => e),
    ]);
    for (const e of errors) expect(e).toBeInstanceOf(NotFoundError);
    expect((errors[0] as Error).message.replace(seated.code, 'X')).toBe(
      (errors[2] as Error).message.replace('ZZZZ-ZZZZ', 'X'),
    );
  });

  it('cancels for the holder of the token: the seat goes to the first in line', async () => {
    const { sut, store, seated, waiting } = await setup();
    const cancelled = await sut.cancel('s1', seated.code, seated.manageToken);
    expect(cancelled).toMatchObject({ code: seated.code, status: 'cancelled', session: { waitlisted: 0 } });
    expect(cancelled.position).toBeUndefined();
    await expect(sut.read('s1', waiting.code, waiting.manageToken)).resolves.toMatchObject({
      status: 'registered',
      session: { seatsLeft: 0 },
    });
    expect(store.events.slice(-2)).toEqual([
      `scheduling.registration.cancelled ${seated.code}`,
      `scheduling.registration.promoted ${waiting.code}`,
    ]);
  });

  it('cancels nothing for a wrong token, and refuses to cancel twice', async () => {
    const { sut, store, seated, waiting } = await setup();
    await expect(sut.cancel('s1', seated.code, waiting.manageToken)).rejects.toBeInstanceOf(NotFoundError);
    expect(store.registrations.map((r) => r.status)).toEqual(['registered', 'waitlisted']);
    await sut.cancel('s1', waiting.code, waiting.manageToken);
    await expect(sut.cancel('s1', waiting.code, waiting.manageToken)).rejects.toMatchObject({
      constructor: ConflictError,
      code: 'already-cancelled',
    });
  });
});

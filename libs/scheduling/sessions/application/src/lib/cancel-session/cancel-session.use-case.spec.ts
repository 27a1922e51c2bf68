import { ForbiddenError, NotFoundError } from '@facile/platform/errors';
import {
  cesenaAdmin,
  clock,
  montianoAdmin,
  operator,
  storeWithSession,
  unionAdmin,
} from '../testing/fixtures';
import { RegisterForSessionUseCase } from '../register/register.use-case';
import { CancelSessionUseCase } from './cancel-session.use-case';

async function setup() {
  const { store } = await storeWithSession(1);
  const register = new RegisterForSessionUseCase(store, clock);
  for (const n of [1, 2])
    await register.execute({
      sessionId: 's1',
      citizen: { firstName: `Nome${n}`, lastName: 'Rossi', email: `p${n}@example.org` },
    });
  return { store, sut: new CancelSessionUseCase(store) };
}

describe('CancelSessionUseCase', () => {
  it("lets an admin of the session's municipality cancel it: no seat left, everyone told", async () => {
    const { sut, store } = await setup();
    await expect(sut.execute('s1', cesenaAdmin)).resolves.toMatchObject({
      id: 's1',
      status: 'cancelled',
      seatsLeft: 0,
      waitlisted: 0,
    });
    expect(store.registrations.map((r) => r.status)).toEqual(['cancelled', 'cancelled']);
    expect(store.events.filter((e) => e.startsWith('scheduling.registration.cancelled'))).toHaveLength(2);
  });

  it('lets a union admin cancel any session', async () => {
    const { sut } = await setup();
    await expect(sut.execute('s1', unionAdmin)).resolves.toMatchObject({ status: 'cancelled' });
  });

  it('refuses an admin of another municipality and an operator, and leaves the session as it was', async () => {
    const { sut, store } = await setup();
    await expect(sut.execute('s1', montianoAdmin)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(sut.execute('s1', operator)).rejects.toBeInstanceOf(ForbiddenError);
    expect(store.sessions[0]).toMatchObject({ status: 'open', registered: 1, waitlisted: 1 });
  });

  it('answers an unknown session with 404', async () => {
    const { sut } = await setup();
    await expect(sut.execute('nope', unionAdmin)).rejects.toBeInstanceOf(NotFoundError);
  });
});

import {
  BusinessRuleError,
  ForbiddenError,
  NotFoundError,
  ValidationFailedError,
} from '@facile/platform/errors';
import { InMemorySessionStore } from '../testing/in-memory-sessions';
import { cesenaAdmin, clock, montianoAdmin, operator, SITES, unionAdmin } from '../testing/fixtures';
import { CreateSessionCommand, CreateSessionUseCase } from './create-session.use-case';

const COMMAND: CreateSessionCommand = {
  site: 'cesena-centro',
  title: 'SPID in pratica',
  start: '2027-05-17T10:00:00+02:00',
  end: '2027-05-17T12:00:00+02:00',
  seats: 12,
};

function setup() {
  const store = new InMemorySessionStore(SITES);
  return { store, sut: new CreateSessionUseCase(store, clock) };
}

describe('CreateSessionUseCase', () => {
  it("schedules a session at the site's municipality with every seat free, times in Italian local time", async () => {
    const { sut, store } = setup();
    const created = await sut.execute({ ...COMMAND, topic: 'identità digitale' }, cesenaAdmin);
    expect(created).toMatchObject({
      tenant: 'cesena',
      site: 'cesena-centro',
      title: 'SPID in pratica',
      topic: 'identità digitale',
      start: '2027-05-17T10:00:00+02:00',
      end: '2027-05-17T12:00:00+02:00',
      seats: 12,
      seatsLeft: 12,
      waitlisted: 0,
      status: 'open',
    });
    expect(created.language).toBeUndefined();
    expect(store.sessions).toHaveLength(1);
    expect(store.sessions[0]).toMatchObject({ id: created.id, topic: 'identità digitale', language: null });
  });

  it('lets a union admin schedule at any site', async () => {
    const { sut } = setup();
    await expect(sut.execute({ ...COMMAND, site: 'montiano-municipio' }, unionAdmin)).resolves.toMatchObject({
      tenant: 'montiano',
    });
  });

  it('refuses an admin of another municipality and an operator, and stores nothing', async () => {
    const { sut, store } = setup();
    await expect(sut.execute(COMMAND, montianoAdmin)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(sut.execute(COMMAND, operator)).rejects.toBeInstanceOf(ForbiddenError);
    expect(store.sessions).toEqual([]);
  });

  it('answers an unknown site with 404', async () => {
    const { sut } = setup();
    await expect(sut.execute({ ...COMMAND, site: 'nowhere' }, unionAdmin)).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });

  it('refuses an end not after the start, naming the field', async () => {
    const { sut, store } = setup();
    const error = await sut.execute({ ...COMMAND, end: COMMAND.start }, cesenaAdmin).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationFailedError);
    expect((error as ValidationFailedError).errors).toEqual([
      { field: 'end', message: 'end must be after start' },
    ]);
    expect(store.sessions).toEqual([]);
  });

  it("refuses a session that would start before the clock's now", async () => {
    const { sut } = setup();
    const past = { ...COMMAND, start: '2027-05-10T09:59:00+02:00', end: '2027-05-10T11:00:00+02:00' };
    await expect(sut.execute(past, cesenaAdmin)).rejects.toMatchObject({
      constructor: BusinessRuleError,
      code: 'session-in-past',
    });
  });
});

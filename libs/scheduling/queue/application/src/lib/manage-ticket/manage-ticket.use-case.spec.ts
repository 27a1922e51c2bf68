import { NotFoundError } from '@facile/platform/errors';
import { ManageTokens } from '@facile/platform/validation';
import { Clock } from '@facile/scheduling/application';
import { TICKET_EVENT_OF } from '@facile/scheduling/queue-domain';
import { InMemoryQueueStore, RecordingNotifier } from '../testing/in-memory-queue';
import { ManageTicketUseCase } from './manage-ticket.use-case';

const SITE = { id: 'montiano-municipio', tenant: 'montiano', counters: 1, timeZone: 'Europe/Rome' };

async function setup() {
  const store = new InMemoryQueueStore([SITE]);
  const notifier = new RecordingNotifier();
  const clock: Clock = { now: () => new Date('2027-05-10T08:00:00Z') };
  const token = ManageTokens.generate();
  for (let i = 0; i < 3; i++)
    await store.issue(
      {
        id: `t${i}`,
        tenant: 'montiano',
        site: SITE.id,
        service: 'cie',
        letter: 'A',
        day: '2027-05-10',
        issuedAt: new Date(Date.UTC(2027, 4, 10, 7, i)),
        manageTokenHash: i === 2 ? ManageTokens.hash(token) : ManageTokens.hash(ManageTokens.generate()),
        event: TICKET_EVENT_OF.issue,
      },
      () => 0,
    );
  return { store, notifier, token, useCase: new ManageTicketUseCase(store, notifier, clock) };
}

describe('ManageTicketUseCase', () => {
  it('shows the citizen their number, the people of their group ahead and no counter while waiting', async () => {
    const { useCase, token } = await setup();
    const status = await useCase.read(SITE.id, 'a003', token);
    expect(status).toMatchObject({ number: 'A003', status: 'waiting', ahead: 2 });
    expect(status.counter).toBeUndefined();
  });

  it('names the counter once called, and nobody ahead any more', async () => {
    const { useCase, store, token } = await setup();
    Object.assign(store.tickets[2], { status: 'called', counter: 1 });
    await expect(useCase.read(SITE.id, 'A003', token)).resolves.toMatchObject({
      status: 'called',
      counter: 1,
      ahead: 0,
    });
  });

  it('answers a wrong token exactly like an unknown number, so numbers cannot be probed', async () => {
    const { useCase, token } = await setup();
    const wrong = await useCase.read(SITE.id, 'A001', token).catch((e: unknown) => e);
    const unknown = await useCase.read(SITE.id, 'A099', token).catch((e: unknown) => e);
    const missing = await useCase.read(SITE.id, 'A003', undefined).catch((e: unknown) => e);
    for (const e of [wrong, unknown, missing]) expect(e).toBeInstanceOf(NotFoundError);
    expect((wrong as Error).message.replace('A001', 'X')).toBe(
      (unknown as Error).message.replace('A099', 'X'),
    );
  });

  it('lets the citizen leave the line, and the boards hear of it', async () => {
    const { useCase, store, notifier, token } = await setup();
    await expect(useCase.cancel(SITE.id, 'A003', token)).resolves.toEqual({
      number: 'A003',
      status: 'cancelled',
    });
    expect(store.tickets[2].status).toBe('cancelled');
    expect(notifier.published).toEqual([SITE.id]);
    await expect(useCase.cancel(SITE.id, 'A002', token)).rejects.toBeInstanceOf(NotFoundError);
    expect(store.tickets[1].status).toBe('waiting');
  });
});

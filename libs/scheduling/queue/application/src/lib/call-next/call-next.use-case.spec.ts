import { Principal } from '@facile/platform/auth';
import { ConflictError, ForbiddenError, NotFoundError, ValidationFailedError } from '@facile/platform/errors';
import { NotFoundError as AlreadyClosed } from '@facile/platform/errors';
import { AvailabilityCache, BookingStore, Clock } from '@facile/scheduling/application';
import { TICKET_EVENT_OF } from '@facile/scheduling/queue-domain';
import { QueuePolicy } from '../ports/queue.store';
import { InMemoryQueueStore, RecordingNotifier } from '../testing/in-memory-queue';
import { CallNextUseCase } from './call-next.use-case';

const SITE = { id: 'cesena-centro', tenant: 'cesena', counters: 2, timeZone: 'Europe/Rome' };
const operator: Principal = { sub: 'op', roles: ['operator'], tenants: [], sites: ['cesena-centro'] };
const stranger: Principal = { sub: 'other', roles: ['operator'], tenants: [], sites: ['montiano-municipio'] };

function setup(now = new Date('2027-03-01T23:30:00Z')) {
  const store = new InMemoryQueueStore([SITE]);
  const notifier = new RecordingNotifier();
  const clock: Clock = { now: () => now };
  const transition = jest.fn().mockResolvedValue({});
  const bookings = { transition } as unknown as BookingStore;
  const availability = new AvailabilityCache(60_000);
  const clear = jest.spyOn(availability, 'clear');
  const useCase = new CallNextUseCase(store, notifier, new QueuePolicy(2), clock, bookings, availability);
  return { store, notifier, transition, clear, useCase, now };
}

async function waiting(store: InMemoryQueueStore, n: number, day = '2027-03-02') {
  for (let i = 0; i < n; i++)
    await store.issue(
      {
        id: `t${i}`,
        tenant: 'cesena',
        site: SITE.id,
        service: 'cie',
        letter: 'A',
        day,
        issuedAt: new Date(Date.UTC(2027, 2, 1, 23, i)),
        manageTokenHash: 'h',
        event: TICKET_EVENT_OF.issue,
      },
      () => 0,
    );
}

describe('CallNextUseCase', () => {
  it('asks the store for the site’s local day (Europe/Rome), its bounds as instants and the policy’s call limit', async () => {
    const { store, useCase } = setup();
    await waiting(store, 1);
    const called = await useCase.next(SITE.id, 1, 'served', operator);
    expect(store.calls).toEqual([
      expect.objectContaining({
        site: SITE.id,
        counter: 1,
        day: '2027-03-02',
        dayFrom: new Date('2027-03-01T23:00:00Z'),
        dayTo: new Date('2027-03-02T23:00:00Z'),
        maxCalls: 2,
        previous: 'served',
        event: 'scheduling.ticket.called',
      }),
    ]);
    expect(store.events).toEqual(['scheduling.ticket.issued A001', 'scheduling.ticket.called A001']);
    expect(called).toMatchObject({ number: 'A001', counter: 1, calls: 1, waitSeconds: 30 * 60 });
    expect(called.previous).toBeUndefined();
  });

  it('refuses a counter the site does not have before touching the queue', async () => {
    const { store, notifier, useCase } = setup();
    await waiting(store, 1);
    await expect(useCase.next(SITE.id, 3, 'served', operator)).rejects.toBeInstanceOf(ValidationFailedError);
    expect(store.calls).toHaveLength(0);
    expect(notifier.published).toHaveLength(0);
  });

  it('lets only staff of the site call, and says so for an unknown site', async () => {
    const { store, useCase } = setup();
    await waiting(store, 1);
    await expect(useCase.next(SITE.id, 1, 'served', stranger)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(useCase.next('nowhere', 1, 'served', operator)).rejects.toBeInstanceOf(NotFoundError);
    expect(store.tickets[0].status).toBe('waiting');
  });

  it('with nobody waiting answers queue-empty, yet still records and announces what became of the previous ticket', async () => {
    const { store, notifier, useCase } = setup();
    await waiting(store, 1);
    await useCase.next(SITE.id, 1, 'served', operator);
    notifier.published.length = 0;
    const error = await useCase.next(SITE.id, 1, 'served', operator).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError).code).toBe('queue-empty');
    expect((error as ConflictError).message).toContain('A001 is now served');
    expect(store.tickets[0].status).toBe('served');
    expect(notifier.published).toEqual([SITE.id]);
  });

  it('names the previous ticket of the counter in the answer', async () => {
    const { store, useCase } = setup();
    await waiting(store, 2);
    await useCase.next(SITE.id, 1, 'served', operator);
    const second = await useCase.next(SITE.id, 1, 'served', operator);
    expect(second).toMatchObject({ number: 'A002', previous: { number: 'A001', status: 'served' } });
  });

  it('completes the appointment of a served checked-in ticket on the agenda, and forgets cached availability', async () => {
    const { store, transition, clear, useCase } = setup();
    await waiting(store, 2);
    store.tickets[0].bookingCode = 'ABCD-1234';
    await useCase.next(SITE.id, 1, 'served', operator);
    expect(transition).not.toHaveBeenCalled();
    await useCase.next(SITE.id, 1, 'served', operator);
    expect(transition).toHaveBeenCalledWith('ABCD-1234', 'complete');
    expect(clear).toHaveBeenCalledTimes(1);
  });

  it('does not fail the call when staff already closed that appointment on the agenda', async () => {
    const { store, transition, useCase } = setup();
    await waiting(store, 2);
    store.tickets[0].bookingCode = 'ABCD-1234';
    transition.mockRejectedValue(new AlreadyClosed('already completed'));
    await useCase.next(SITE.id, 1, 'served', operator);
    await expect(useCase.next(SITE.id, 1, 'served', operator)).resolves.toMatchObject({ number: 'A002' });
  });

  it('lets an unexpected failure of the agenda surface instead of hiding it', async () => {
    const { store, transition, useCase } = setup();
    await waiting(store, 2);
    store.tickets[0].bookingCode = 'ABCD-1234';
    transition.mockRejectedValue(new Error('connection lost'));
    await useCase.next(SITE.id, 1, 'served', operator);
    await expect(useCase.next(SITE.id, 1, 'served', operator)).rejects.toThrow('connection lost');
  });

  it('recalls a missed ticket by its number as typed and announces it', async () => {
    const { store, notifier, useCase } = setup();
    await waiting(store, 1);
    store.tickets[0].status = 'missed';
    await expect(useCase.recall(SITE.id, 'a001', operator)).resolves.toEqual({
      number: 'A001',
      status: 'waiting',
    });
    expect(notifier.published).toEqual([SITE.id]);
    await expect(useCase.recall(SITE.id, 'A001', stranger)).rejects.toBeInstanceOf(ForbiddenError);
  });
});

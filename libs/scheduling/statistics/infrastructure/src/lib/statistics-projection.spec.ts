import { EventTypes, Topics } from '@facile/contracts';
import { StatisticsProjection } from './statistics-projection';

describe('the statistics projection', () => {
  const counted = StatisticsProjection.eventTypes();

  it("counts every state event of bookings, tickets and registrations, and nobody else's", () => {
    expect(counted).toEqual(
      expect.arrayContaining([
        'scheduling.booking.created',
        'scheduling.booking.no-show',
        'scheduling.booking.expired',
        'scheduling.ticket.issued',
        'scheduling.ticket.called',
        'scheduling.registration.waitlisted',
        'scheduling.registration.promoted',
      ]),
    );
    expect(counted.filter((t) => !t.startsWith('scheduling.'))).toEqual([]);
  });

  it('only counts events of the three topics its handler listens to', () => {
    const topics = new Set<string>([
      Topics.schedulingBookings,
      Topics.schedulingQueue,
      Topics.schedulingSessions,
    ]);
    const elsewhere = counted.filter((t) => !topics.has(EventTypes[t as keyof typeof EventTypes].topic));
    expect(elsewhere).toEqual([]);
  });
});

import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, KafkaContext } from '@nestjs/microservices';
import { BookingStateV1, RegistrationStateV1, Topics } from '@facile/contracts';
import { CaseChange, StoredCase } from '@facile/assistance/application';
import { InboxConsumer, SelectiveEffect } from '@facile/platform/messaging';
import { TypeOrmCaseStore } from './typeorm-case.store';

type Link = BookingStateV1 | RegistrationStateV1;
type Decide = (c: StoredCase, link: Link) => CaseChange | null;

const ACTOR = 'scheduling';

/** A booking or a session registration for the case: open → scheduled (a new booking replaces the old one). */
const scheduled: Decide = (c, link) =>
  c.status === 'open' || (c.status === 'scheduled' && c.bookingCode !== link.code)
    ? { to: 'scheduled', actor: ACTOR, bookingCode: link.code, note: `linked to ${link.code}` }
    : null;

/** The linked appointment was cancelled: back to open, ready to book again. */
const unscheduled: Decide = (c, link) =>
  c.status === 'scheduled' && (c.bookingCode === null || c.bookingCode === link.code)
    ? { to: 'open', actor: ACTOR, bookingCode: null, note: `${link.code} cancelled` }
    : null;

/** The citizen did not come: recorded (counter and transition row), and the case is open again. */
const noShow: Decide = (c, link) =>
  c.status === 'scheduled' && c.bookingCode === link.code
    ? { to: 'open', actor: ACTOR, bookingCode: null, noShow: true, note: `no-show at ${link.code}` }
    : null;

/**
 * Links cases to scheduling: booking and registration events that carry a case code move the case. Applied
 * once per event id (inbox), in the inbox's transaction.
 */
@Controller()
export class SchedulingEventsHandler {
  static readonly consumer = 'assistance.case-links';

  constructor(
    private readonly inbox: InboxConsumer,
    private readonly store: TypeOrmCaseStore,
  ) {}

  /**
   * Only appointments for a case concern this consumer: every other booking (most of them) is acknowledged from
   * its raw payload, with no validation and no inbox transaction.
   */
  private effect(decide: Decide, onlyRegistered = false): SelectiveEffect {
    return {
      applies: (data) =>
        typeof data['caseCode'] === 'string' &&
        data['caseCode'] !== '' &&
        (!onlyRegistered || data['status'] === 'registered'),
      effect: async (event, manager) => {
        const link = event.data as Link;
        if (!link.caseCode) return;
        if (onlyRegistered && link.status !== 'registered') return;
        // A case links only to appointments of its own municipality (RLS also hides others' cases from this transaction).
        await this.store.changeIn(manager, link.caseCode, (c) =>
          c.tenant === event.tenant ? decide(c, link) : null,
        );
      },
    };
  }

  @EventPattern(Topics.schedulingBookings)
  bookings(@Ctx() ctx: KafkaContext): Promise<void> {
    return this.inbox.consume(ctx, SchedulingEventsHandler.consumer, {
      'scheduling.booking.created': this.effect(scheduled),
      'scheduling.booking.rescheduled': this.effect(scheduled),
      'scheduling.booking.cancelled': this.effect(unscheduled),
      'scheduling.booking.no-show': this.effect(noShow),
    });
  }

  @EventPattern(Topics.schedulingSessions)
  sessions(@Ctx() ctx: KafkaContext): Promise<void> {
    return this.inbox.consume(ctx, SchedulingEventsHandler.consumer, {
      'scheduling.registration.created': this.effect(scheduled, true),
      'scheduling.registration.promoted': this.effect(scheduled, true),
      'scheduling.registration.cancelled': this.effect(unscheduled),
    });
  }
}

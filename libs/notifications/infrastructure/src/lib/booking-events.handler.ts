import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, KafkaContext } from '@nestjs/microservices';
import { BookingStateV1, CloudEvent, Topics } from '@facile/contracts';
import { PlanBookingMessagesUseCase } from '@facile/notifications/application';
import { BOOKING_EVENT_TYPES, BookingEventType } from '@facile/notifications/domain';
import { EventEffect, InboxConsumer } from '@facile/platform/messaging';
import { ReminderJobs, ReminderRow } from './reminder-jobs';
import { EventDeliveryWriter } from './typeorm-event-deliveries';

/**
 * Booking events → PlanBookingMessages, in the inbox transaction (the delivery rows commit with the inbox row; the
 * worker sends them after commit). Once committed, the reminders' BullMQ delayed jobs are made to match their rows.
 * Confirm-by-link mode's `requested` gets one message with the link; nothing else until `created` follows.
 */
@Controller()
export class BookingEventsHandler {
  static readonly consumer = 'notifications.bookings';

  constructor(
    private readonly inbox: InboxConsumer,
    private readonly plan: PlanBookingMessagesUseCase,
    private readonly deliveries: EventDeliveryWriter,
    private readonly reminderJobs: ReminderJobs,
  ) {}

  @EventPattern(Topics.schedulingBookings)
  async handle(@Ctx() ctx: KafkaContext): Promise<void> {
    let reminders: { booking: string; rows: ReminderRow[] } | undefined;
    const on =
      (type: BookingEventType): EventEffect =>
      async (event, manager) => {
        reminders = undefined; // a retried attempt starts over
        const state = (event as CloudEvent<BookingStateV1>).data;
        // The reminder rows as this transaction commits them (its INSERT and UPDATE return them; no read after).
        const rows = await this.deliveries.write(manager, event, (d) =>
          this.plan.execute({ type, booking: state }, d),
        );
        reminders = { booking: `${state.tenant}/${state.code}`, rows };
      };
    await this.inbox.consume(
      ctx,
      BookingEventsHandler.consumer,
      Object.fromEntries(BOOKING_EVENT_TYPES.map((t) => [t, on(t)])),
    );
    // After the commit: the reminder rows are final, their jobs follow, in the booking's order but without
    // holding up the next event of the partition (a redelivered duplicate changes nothing).
    if (reminders) this.reminderJobs.follow(reminders.booking, reminders.rows);
  }
}

import { Injectable } from '@nestjs/common';
import { canStaffSite, Principal } from '@facile/platform/auth';
import {
  ConflictError,
  DomainError,
  ForbiddenError,
  NotFoundError,
  ValidationFailedError,
} from '@facile/platform/errors';
import { TICKET_EVENT_OF, ticketDay } from '@facile/scheduling/queue-domain';
import { wallTimeToMillis } from '@facile/scheduling/domain';
import { AvailabilityCache } from '@facile/scheduling/application';
import { BookingStore } from '@facile/scheduling/application';
import { Clock } from '@facile/scheduling/application';
import { QueueNotifier, QueuePolicy, QueueSite, QueueStore, StoredTicket } from '../ports/queue.store';

export interface CalledTicketResponse {
  number: string;
  service: string;
  tenant: string;
  counter: number;
  calls: number;
  issuedAt: string;
  calledAt: string;
  waitSeconds: number;
  bookingCode?: string;
  /** The ticket this counter called before, as it ended (served, missed, or back in line). */
  previous?: { number: string; status: string };
}

const iso = (d: Date | null) => (d ? d.toISOString() : '');

/** Operators at a counter: call the next person, recall a missed ticket. */
@Injectable()
export class CallNextUseCase {
  constructor(
    private readonly store: QueueStore,
    private readonly notifier: QueueNotifier,
    private readonly policy: QueuePolicy,
    private readonly clock: Clock,
    private readonly bookings: BookingStore,
    private readonly availability: AvailabilityCache,
  ) {}

  private async staffedSite(siteId: string, principal: Principal): Promise<QueueSite> {
    const site = await this.store.site(siteId);
    if (!site) throw new NotFoundError(`No site '${siteId}'`);
    if (!canStaffSite(principal, site.id, site.tenant))
      throw new ForbiddenError(`Not allowed to work at ${siteId}`);
    return site;
  }

  async next(
    siteId: string,
    counter: number,
    previous: 'served' | 'no-answer',
    principal: Principal,
  ): Promise<CalledTicketResponse> {
    const site = await this.staffedSite(siteId, principal);
    if (counter > site.counters)
      throw new ValidationFailedError([
        { field: 'counter', message: `${siteId} has counters 1 to ${site.counters}` },
      ]);
    const now = this.clock.now();
    const day = ticketDay(now, site.timeZone);
    const dayFrom = new Date(wallTimeToMillis(day, '00:00', site.timeZone));
    const dayTo = new Date(wallTimeToMillis(day, '24:00', site.timeZone));
    const { called, finished } = await this.store.callNext({
      site: site.id,
      counter,
      day,
      dayFrom,
      dayTo,
      now,
      previous,
      maxCalls: this.policy.maxCalls,
      event: TICKET_EVENT_OF.call,
    });
    if (finished || called) await this.notifier.publish(site.id);
    if (finished?.status === 'served' && finished.bookingCode)
      await this.completeAppointment(finished.bookingCode);
    if (!called) {
      throw new ConflictError(
        `Nobody is waiting for counter ${counter} at ${siteId}${finished ? ` (ticket ${finished.number} is now ${finished.status})` : ''}`,
        'queue-empty',
        'Nobody waiting',
      );
    }
    return toCalled(called, finished);
  }

  /** An appointment served through the queue is completed on the agenda too (unless staff already closed it there). */
  private async completeAppointment(code: string): Promise<void> {
    try {
      await this.bookings.transition(code, 'complete');
      this.availability.clear();
    } catch (e) {
      if (!(e instanceof DomainError)) throw e;
    }
  }

  async recall(
    siteId: string,
    number: string,
    principal: Principal,
  ): Promise<{ number: string; status: string }> {
    const site = await this.staffedSite(siteId, principal);
    const ticket = await this.store.recall(
      site.id,
      ticketDay(this.clock.now(), site.timeZone),
      number.toUpperCase(),
    );
    await this.notifier.publish(site.id);
    return { number: ticket.number, status: ticket.status };
  }
}

function toCalled(t: StoredTicket, finished: StoredTicket | null): CalledTicketResponse {
  return {
    number: t.number,
    service: t.service,
    tenant: t.tenant,
    counter: t.counter ?? 0,
    calls: t.calls,
    issuedAt: iso(t.issuedAt),
    calledAt: iso(t.calledAt),
    waitSeconds: t.calledAt
      ? Math.max(0, Math.round((t.calledAt.getTime() - t.issuedAt.getTime()) / 1000))
      : 0,
    ...(t.bookingCode ? { bookingCode: t.bookingCode } : {}),
    ...(finished ? { previous: { number: finished.number, status: finished.status } } : {}),
  };
}

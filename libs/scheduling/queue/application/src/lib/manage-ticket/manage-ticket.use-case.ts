import { Injectable } from '@nestjs/common';
import { NotFoundError } from '@facile/platform/errors';
import { ManageTokens } from '@facile/platform/validation';
import { averageServiceMinutes, estimatedWaitMinutes, ticketDay } from '@facile/scheduling/queue-domain';
import { Clock } from '@facile/scheduling/application';
import { QueueNotifier, QueueStore, StoredTicket } from '../ports/queue.store';

export interface TicketStatusResponse {
  number: string;
  site: string;
  service: string;
  status: StoredTicket['status'];
  issuedAt: string;
  /** People of the same group called before this ticket (while it waits). */
  ahead: number;
  estimatedWaitMinutes: number;
  counter?: number;
}

/** The citizen follows or gives up a ticket of today with its manage token; unknown number and wrong token look the same. */
@Injectable()
export class ManageTicketUseCase {
  constructor(
    private readonly store: QueueStore,
    private readonly notifier: QueueNotifier,
    private readonly clock: Clock,
  ) {}

  private async authorised(siteId: string, number: string, token: string | undefined) {
    const site = await this.store.site(siteId);
    if (!site) throw new NotFoundError(`No site '${siteId}'`);
    const day = ticketDay(this.clock.now(), site.timeZone);
    const found = await this.store.findTicket(site.id, day, number.toUpperCase());
    if (!found || !found.manageTokenHash || !ManageTokens.matches(token, found.manageTokenHash))
      throw new NotFoundError(`No ticket '${number}' today for this token`);
    return { ...found, day };
  }

  async read(siteId: string, number: string, token: string | undefined): Promise<TicketStatusResponse> {
    const { ticket, ahead, day } = await this.authorised(siteId, number, token);
    let wait = 0;
    if (ticket.status === 'waiting') {
      const snap = await this.store.snapshot(ticket.site, day);
      wait = estimatedWaitMinutes(
        ahead,
        averageServiceMinutes(snap.durations[ticket.letter] ?? []),
        snap.activeCounters,
      );
    }
    return {
      number: ticket.number,
      site: ticket.site,
      service: ticket.service,
      status: ticket.status,
      issuedAt: ticket.issuedAt.toISOString(),
      ahead: ticket.status === 'waiting' ? ahead : 0,
      estimatedWaitMinutes: wait,
      ...(ticket.status === 'called' && ticket.counter !== null ? { counter: ticket.counter } : {}),
    };
  }

  async cancel(
    siteId: string,
    number: string,
    token: string | undefined,
  ): Promise<{ number: string; status: string }> {
    const { ticket } = await this.authorised(siteId, number, token);
    const cancelled = await this.store.cancelTicket(ticket);
    await this.notifier.publish(cancelled.site);
    return { number: cancelled.number, status: cancelled.status };
  }
}

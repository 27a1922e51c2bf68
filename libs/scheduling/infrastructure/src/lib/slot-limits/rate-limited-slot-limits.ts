import { createHash } from 'node:crypto';
import { BlockList } from 'node:net';
import { Inject, Injectable } from '@nestjs/common';
import { RateLimit, RateLimits } from '@facile/platform/persistence';
import { mailboxKey, phoneKey } from '@facile/platform/validation';
import { BookingContacts, OpenHoldsLimit, SlotLimits } from '@facile/scheduling/application';
import { clientList, listed } from './client-blocklist';
import { SLOT_LIMITS_OPTIONS, SlotLimitsOptions } from './slot-limits.options';

/**
 * The slot-hoarding limits on the platform's rate limits (rate-limiter-flexible on Redis, per process while Redis is
 * away). Contacts are counted by mailbox and phone line (mailboxKey, phoneKey), so `Mario.Rossi+2@gmail.com` is
 * Mario's mailbox again; keys reach Redis only as digests.
 */
@Injectable()
export class RateLimitedSlotLimits extends SlotLimits {
  private readonly holds: RateLimit;
  private readonly bookingsByClient: RateLimit;
  private readonly bookingsByContact: RateLimit;
  private readonly exempt: BlockList;

  constructor(
    limits: RateLimits,
    @Inject(SLOT_LIMITS_OPTIONS) private readonly options: SlotLimitsOptions,
  ) {
    super();
    this.holds = limits.create({
      name: 'holds-per-client',
      ...options.holdsPerClient,
      refusal: 'Too many holds from this address',
    });
    this.bookingsByClient = limits.create({
      name: 'bookings-per-client',
      ...options.bookingsPerClient,
      refusal: 'Too many bookings from this address',
    });
    this.bookingsByContact = limits.create({
      name: 'bookings-per-contact',
      ...options.bookingsPerContact,
      refusal: 'Too many bookings for this e-mail address or phone number',
    });
    this.exempt = clientList(options.exemptClients);
  }

  private limited(client: string | undefined): client is string {
    return client !== undefined && client.length > 0 && !listed(this.exempt, client);
  }

  async countHold(client: string): Promise<void> {
    if (this.limited(client)) await this.holds.consume(client);
  }

  openHolds(client: string): OpenHoldsLimit | null {
    if (!this.limited(client)) return null;
    return {
      clientKey: createHash('sha256').update(`client:${client}`).digest('base64url').slice(0, 22),
      max: this.options.openHoldsPerClient,
    };
  }

  async countBooking(
    client: string | undefined,
    contacts: BookingContacts,
  ): Promise<{ refund(): Promise<void> }> {
    // The client's count and the contacts' go to Redis together (one round trip: the client pipelines them).
    const byClient = this.limited(client) ? this.bookingsByClient.consume(client) : Promise.resolve();
    const keys = [
      ...(contacts.email ? [`email:${mailboxKey(contacts.email)}`] : []),
      ...(contacts.phone ? [`phone:${phoneKey(contacts.phone)}`] : []),
    ];
    const counted: string[] = [];
    const refund = async () => {
      for (const key of counted) await this.bookingsByContact.refund(key);
    };
    const byContact = keys.map((key) =>
      this.bookingsByContact.consume(key).then(() => {
        counted.push(key);
      }),
    );
    const outcomes = await Promise.allSettled([byClient, ...byContact]);
    const refused = outcomes.find((o): o is PromiseRejectedResult => o.status === 'rejected');
    if (refused) {
      await refund();
      throw refused.reason;
    }
    return { refund };
  }
}

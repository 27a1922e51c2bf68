import { Inject, Injectable } from '@nestjs/common';
import { citizenLink } from '@facile/contracts';
import { CitizenLinkSigner } from '@facile/notifications/application';
import { LinkTokens } from '@facile/platform/validation';
import { NOTIFICATIONS_OPTIONS, NotificationsOptions } from './notifications.options';

/**
 * The links put in citizens' messages (ADR 0019): pages of the citizen web with the booking code and a link token in
 * the #fragment. The token is derived here from LINK_SECRET (shared with scheduling, which verifies it) and the
 * booking id the event carries; it never travels on Kafka.
 */
@Injectable()
export class CitizenLinks extends CitizenLinkSigner {
  private readonly tokens: LinkTokens;

  constructor(@Inject(NOTIFICATIONS_OPTIONS) private readonly options: NotificationsOptions) {
    super();
    this.tokens = new LinkTokens(options.links.secret);
  }

  /** Opens the confirmation page of a pending booking (confirm-by-link mode). */
  confirm(booking: { bookingId: string; code: string }): string {
    return citizenLink(
      this.options.links.citizenWebUrl,
      'confirm',
      booking.code,
      this.tokens.sign('confirm', booking.bookingId),
    );
  }

  /** Opens the page that shows, moves or cancels the booking. */
  manage(booking: { bookingId: string; code: string }): string {
    return citizenLink(
      this.options.links.citizenWebUrl,
      'manage',
      booking.code,
      this.tokens.sign('manage', booking.bookingId),
    );
  }
}

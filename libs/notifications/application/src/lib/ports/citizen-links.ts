/** Links to the citizen web put in messages (signed; the token never travels on Kafka). */
export abstract class CitizenLinkSigner {
  /** Opens the confirmation page of a pending booking (confirm-by-link mode). */
  abstract confirm(booking: { bookingId: string; code: string }): string;
  /** Opens the page that shows, moves or cancels the booking. */
  abstract manage(booking: { bookingId: string; code: string }): string;
}

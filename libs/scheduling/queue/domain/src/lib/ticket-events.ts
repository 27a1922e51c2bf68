/** The events a ticket publishes, as contract.md names them: a number taken, and a ticket called to a counter. */
export const TICKET_EVENT_OF = {
  issue: 'scheduling.ticket.issued',
  call: 'scheduling.ticket.called',
} as const;

export type TicketEventType = (typeof TICKET_EVENT_OF)[keyof typeof TICKET_EVENT_OF];

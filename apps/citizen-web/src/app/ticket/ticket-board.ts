import type { SchedulingApi } from '@facile/web/api-client';

export type QueueBoard = SchedulingApi.components['schemas']['QueueBoard'];
export type TicketStatus = SchedulingApi.components['schemas']['TicketStatus'];

/** The counter calling `number` on the board, if it is among those now serving. */
export function counterCalling(board: QueueBoard | undefined, number: string): number | undefined {
  return board?.serving.find((s) => s.number === number)?.counter;
}

/**
 * The ticket as shown: the last lookup, corrected by a newer board (the stream) that already shows it
 * called — so the call appears as soon as the board changes, without waiting for the next lookup.
 */
export function effectiveTicket(ticket: TicketStatus, board: QueueBoard | undefined): TicketStatus {
  const counter = counterCalling(board, ticket.number);
  if (ticket.status === 'waiting' && counter !== undefined)
    return { ...ticket, status: 'called', counter, ahead: 0 };
  return ticket;
}

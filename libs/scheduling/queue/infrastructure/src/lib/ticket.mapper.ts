import { TicketStateV1 } from '@facile/contracts';
import { StoredTicket, TicketStatus } from '@facile/scheduling/queue-application';

export interface TicketRow {
  id: string;
  tenant_id: string;
  site_id: string;
  service: string;
  letter: string;
  day: string;
  number: string;
  status: TicketStatus;
  counter: number | null;
  calls: number;
  issued_at: Date;
  called_at: Date | null;
  served_at: Date | null;
  estimated_wait_minutes: number | null;
  booking_code: string | null;
}

/** Columns of a ticket (alias t) with its appointment's code (the booking joined as b, when any). */
export const TICKET_COLUMNS = `t.id, t.tenant_id, t.site_id, t.service, t.letter, to_char(t.day, 'YYYY-MM-DD') AS day, t.number, t.status, t.counter, t.calls,
  t.issued_at, t.called_at, t.served_at, t.estimated_wait_minutes, (SELECT b.code FROM scheduling.bookings b WHERE b.id = t.booking_id) AS booking_code`;

export function toTicket(r: TicketRow): StoredTicket {
  return {
    id: r.id,
    tenant: r.tenant_id,
    site: r.site_id,
    service: r.service,
    letter: r.letter.trim(),
    day: r.day,
    number: r.number,
    status: r.status,
    counter: r.counter === null ? null : Number(r.counter),
    calls: Number(r.calls),
    issuedAt: new Date(r.issued_at),
    calledAt: r.called_at ? new Date(r.called_at) : null,
    servedAt: r.served_at ? new Date(r.served_at) : null,
    estimatedWaitMinutes: r.estimated_wait_minutes === null ? null : Number(r.estimated_wait_minutes),
    bookingCode: r.booking_code,
  };
}

const seconds = (from: Date | null, to: Date | null) =>
  from && to ? Math.max(0, Math.round((to.getTime() - from.getTime()) / 1000)) : undefined;

/** The event payload; `previous` is what became of the ticket the same counter called before. */
export function toTicketState(t: StoredTicket, previous?: StoredTicket | null): TicketStateV1 {
  const wait = seconds(t.issuedAt, t.calledAt);
  const service = previous ? seconds(previous.calledAt, previous.servedAt) : undefined;
  return {
    ticketId: t.id,
    site: t.site,
    tenant: t.tenant,
    service: t.service,
    number: t.number,
    status: t.status,
    issuedAt: t.issuedAt.toISOString(),
    ...(t.counter !== null ? { counter: String(t.counter) } : {}),
    ...(t.calledAt ? { calledAt: t.calledAt.toISOString() } : {}),
    ...(t.estimatedWaitMinutes !== null ? { estimatedWaitMinutes: t.estimatedWaitMinutes } : {}),
    serviceGroup: t.letter,
    day: t.day,
    calls: t.calls,
    ...(wait !== undefined ? { waitSeconds: wait } : {}),
    ...(t.bookingCode ? { bookingCode: t.bookingCode } : {}),
    ...(previous ? { previousNumber: previous.number, previousStatus: previous.status } : {}),
    ...(previous?.servedAt ? { previousServedAt: previous.servedAt.toISOString() } : {}),
    ...(service !== undefined ? { previousServiceSeconds: service } : {}),
  };
}

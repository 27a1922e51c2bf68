import type { TICKET_EVENT_OF } from '@facile/scheduling/queue-domain';

export type TicketStatus = 'waiting' | 'called' | 'served' | 'missed' | 'cancelled';

export interface QueueSite {
  id: string;
  tenant: string;
  counters: number;
  timeZone: string;
}

export interface StoredTicket {
  id: string;
  tenant: string;
  site: string;
  service: string;
  letter: string;
  day: string;
  number: string;
  status: TicketStatus;
  counter: number | null;
  calls: number;
  issuedAt: Date;
  calledAt: Date | null;
  servedAt: Date | null;
  estimatedWaitMinutes: number | null;
  /** Set when the ticket stands for a checked-in appointment. */
  bookingCode: string | null;
}

export interface NewTicket {
  id: string;
  tenant: string;
  site: string;
  service: string;
  letter: string;
  day: string;
  issuedAt: Date;
  manageTokenHash: string;
  /** The event the store writes with the ticket (chosen by the use case: TICKET_EVENT_OF.issue). */
  event: typeof TICKET_EVENT_OF.issue;
}

export interface CallNextRequest {
  site: string;
  counter: number;
  day: string;
  /** The local day as instants [from, to): checked-in appointments of that day are called too. */
  dayFrom: Date;
  dayTo: Date;
  now: Date;
  /** What became of the ticket this counter called before. */
  previous: 'served' | 'no-answer';
  maxCalls: number;
  /** The event the store writes with the called ticket (chosen by the use case: TICKET_EVENT_OF.call). */
  event: typeof TICKET_EVENT_OF.call;
}

export interface CallNextResult {
  called: StoredTicket | null;
  finished: StoredTicket | null;
}

export interface QueueSnapshot {
  serving: StoredTicket[];
  waiting: { letter: string; service: string; count: number }[];
  missed: StoredTicket[];
  /** Latest service durations (seconds, newest first) per letter. */
  durations: Record<string, number[]>;
  /** Counters that called someone in the last hour. */
  activeCounters: number;
}

/** Port: the walk-in queue in PostgreSQL; numbering, calling and recalling are decided by the database. */
export abstract class QueueStore {
  abstract site(id: string): Promise<QueueSite | null>;
  /** The letter of a service's group (A when not configured). */
  abstract letterOf(service: string): Promise<string>;
  abstract setLetter(service: string, letter: string): Promise<void>;
  /** Slugs of the published walk-in procedures. */
  abstract walkInServices(): Promise<string[]>;
  /** Takes the next number of the site, day and letter (one atomic counter row) and stores the ticket with its estimate. */
  abstract issue(ticket: NewTicket, estimate: (ahead: number) => number): Promise<StoredTicket>;
  abstract callNext(req: CallNextRequest): Promise<CallNextResult>;
  /** A missed ticket of that day goes back in line at its original place. */
  abstract recall(site: string, day: string, number: string): Promise<StoredTicket>;
  abstract snapshot(site: string, day: string): Promise<QueueSnapshot>;
  /** A ticket of that day with its token hash and how many of its group wait before it. */
  abstract findTicket(
    site: string,
    day: string,
    number: string,
  ): Promise<{ ticket: StoredTicket; manageTokenHash: string | null; ahead: number } | null>;
  /** The citizen leaves the line: waiting or missed → cancelled; anything else is a 409. Written as the ticket's municipality. */
  abstract cancelTicket(ticket: Pick<StoredTicket, 'id' | 'tenant'>): Promise<StoredTicket>;
}

/** Port: tells every replica's board streams that a site's queue changed. */
export abstract class QueueNotifier {
  abstract publish(site: string): Promise<void>;
  /** Returns the unsubscribe function. */
  abstract subscribe(site: string, listener: () => void): () => void;
}

/** How many unanswered calls make a ticket missed. */
export class QueuePolicy {
  constructor(readonly maxCalls: number) {}
}

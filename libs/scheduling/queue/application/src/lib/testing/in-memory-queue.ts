import {
  CallNextRequest,
  CallNextResult,
  NewTicket,
  QueueNotifier,
  QueueSite,
  QueueSnapshot,
  QueueStore,
  StoredTicket,
} from '../ports/queue.store';

/** The unit tests' queue: what the database decides (numbering, order, misses) kept as plain arrays. */
export class InMemoryQueueStore extends QueueStore {
  readonly tickets: StoredTicket[] = [];
  readonly tokenHashes = new Map<string, string>();
  readonly calls: CallNextRequest[] = [];
  /** Each event the real store writes to the outbox, as `type number`. */
  readonly events: string[] = [];
  private readonly letters = new Map<string, string>();

  constructor(private readonly sites: QueueSite[]) {
    super();
  }

  async site(id: string): Promise<QueueSite | null> {
    return this.sites.find((s) => s.id === id) ?? null;
  }
  async letterOf(service: string): Promise<string> {
    return this.letters.get(service) ?? 'A';
  }
  async setLetter(service: string, letter: string): Promise<void> {
    this.letters.set(service, letter);
  }
  readonly walkIn: string[] = [];
  async walkInServices(): Promise<string[]> {
    return this.walkIn;
  }
  async issue(
    { event, manageTokenHash, ...t }: NewTicket,
    estimate: (ahead: number) => number,
  ): Promise<StoredTicket> {
    const same = this.tickets.filter((x) => x.site === t.site && x.day === t.day && x.letter === t.letter);
    const ahead = same.filter((x) => x.status === 'waiting').length;
    const ticket: StoredTicket = {
      ...t,
      number: `${t.letter}${String(same.length + 1).padStart(3, '0')}`,
      status: 'waiting',
      counter: null,
      calls: 0,
      calledAt: null,
      servedAt: null,
      estimatedWaitMinutes: estimate(ahead),
      bookingCode: null,
    };
    this.tickets.push(ticket);
    this.tokenHashes.set(ticket.id, manageTokenHash);
    this.events.push(`${event} ${ticket.number}`);
    return ticket;
  }
  async callNext(req: CallNextRequest): Promise<CallNextResult> {
    this.calls.push(req);
    const current = this.tickets.find(
      (t) => t.site === req.site && t.status === 'called' && t.counter === req.counter,
    );
    let finished: StoredTicket | null = null;
    if (current) {
      if (req.previous === 'served') Object.assign(current, { status: 'served', servedAt: req.now });
      else if (current.calls >= req.maxCalls) current.status = 'missed';
      else current.status = 'waiting';
      finished = current;
    }
    const next =
      this.tickets.find((t) => t.site === req.site && t.day === req.day && t.status === 'waiting') ?? null;
    if (next)
      Object.assign(next, {
        status: 'called',
        counter: req.counter,
        calls: next.calls + 1,
        calledAt: req.now,
      });
    if (next) this.events.push(`${req.event} ${next.number}`);
    return { called: next, finished };
  }
  async recall(site: string, day: string, number: string): Promise<StoredTicket> {
    const t = this.tickets.find(
      (x) => x.site === site && x.day === day && x.number === number && x.status === 'missed',
    );
    if (!t) throw new Error(`no missed ticket ${number}`);
    t.status = 'waiting';
    return t;
  }
  async snapshot(): Promise<QueueSnapshot> {
    return { serving: [], waiting: [], missed: [], durations: {}, activeCounters: 1 };
  }
  async findTicket(site: string, day: string, number: string) {
    const ticket = this.tickets.find((x) => x.site === site && x.day === day && x.number === number);
    if (!ticket) return null;
    const ahead = this.tickets.filter(
      (x) =>
        x.site === site &&
        x.day === day &&
        x.letter === ticket.letter &&
        x.status === 'waiting' &&
        x.issuedAt < ticket.issuedAt,
    ).length;
    return { ticket, manageTokenHash: this.tokenHashes.get(ticket.id) ?? null, ahead };
  }
  async cancelTicket({ id }: Pick<StoredTicket, 'id' | 'tenant'>): Promise<StoredTicket> {
    const t = this.tickets.find((x) => x.id === id);
    if (!t) throw new Error(`no ticket ${id}`);
    t.status = 'cancelled';
    return t;
  }
}

export class RecordingNotifier extends QueueNotifier {
  readonly published: string[] = [];
  async publish(site: string): Promise<void> {
    this.published.push(site);
  }
  subscribe(): () => void {
    return () => undefined;
  }
}

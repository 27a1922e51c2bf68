import { Injectable } from '@nestjs/common';
import { NotFoundError } from '@facile/platform/errors';
import { averageServiceMinutes, estimatedWaitMinutes, ticketDay } from '@facile/scheduling/queue-domain';
import { Clock } from '@facile/scheduling/application';
import { QueueNotifier, QueueStore } from '../ports/queue.store';

export interface QueueBoard {
  site: string;
  date: string;
  serving: { counter: number; number: string; service: string; calledAt: string }[];
  waiting: {
    letter: string;
    waiting: number;
    averageServiceMinutes: number;
    estimatedWaitMinutes: number;
    services: { service: string; waiting: number }[];
  }[];
  totalWaiting: number;
  missed: string[];
  openCounters: number;
  updatedAt: string;
}

/** The public board of a site's queue, and the changes that refresh it. */
@Injectable()
export class QueueBoardUseCase {
  constructor(
    private readonly store: QueueStore,
    private readonly notifier: QueueNotifier,
    private readonly clock: Clock,
  ) {}

  async board(siteId: string): Promise<QueueBoard> {
    const site = await this.store.site(siteId);
    if (!site) throw new NotFoundError(`No site '${siteId}'`);
    const now = this.clock.now();
    const date = ticketDay(now, site.timeZone);
    const snap = await this.store.snapshot(site.id, date);
    const letters = [...new Set(snap.waiting.map((w) => w.letter))].sort();
    const waiting = letters.map((letter) => {
      const rows = snap.waiting.filter((w) => w.letter === letter);
      const count = rows.reduce((a, r) => a + r.count, 0);
      const avg = averageServiceMinutes(snap.durations[letter] ?? []);
      return {
        letter,
        waiting: count,
        averageServiceMinutes: Math.round(avg * 10) / 10,
        estimatedWaitMinutes: estimatedWaitMinutes(count, avg, snap.activeCounters),
        services: rows.map((r) => ({ service: r.service, waiting: r.count })),
      };
    });
    return {
      site: site.id,
      date,
      serving: snap.serving.map((t) => ({
        counter: t.counter ?? 0,
        number: t.number,
        service: t.service,
        calledAt: t.calledAt?.toISOString() ?? '',
      })),
      waiting,
      totalWaiting: waiting.reduce((a, w) => a + w.waiting, 0),
      missed: snap.missed.map((t) => t.number),
      openCounters: snap.activeCounters,
      updatedAt: now.toISOString(),
    };
  }

  /** Throws 404 for an unknown site before a stream starts. */
  async requireSite(siteId: string): Promise<void> {
    if (!(await this.store.site(siteId))) throw new NotFoundError(`No site '${siteId}'`);
  }

  onChange(siteId: string, listener: () => void): () => void {
    return this.notifier.subscribe(siteId, listener);
  }
}

import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { ExpirePendingBookingsUseCase } from '@facile/scheduling/application';

export const PENDING_SWEEP_MS = Symbol('PENDING_SWEEP_MS');

/**
 * Confirm-by-link mode (ADR 0019): every PENDING_SWEEP_MS, releases the pending bookings whose time to confirm has
 * passed. Each replica sweeps; the rows are taken with SKIP LOCKED, so each booking is released (and published) once.
 * A confirmation arriving after the time is refused even before the sweep gets to it.
 */
@Injectable()
export class PendingBookingsSweep implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('PendingBookingsSweep');
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private stopped = false;

  constructor(
    private readonly expire: ExpirePendingBookingsUseCase,
    @Inject(PENDING_SWEEP_MS) private readonly everyMs: number,
  ) {}

  onApplicationBootstrap(): void {
    this.schedule();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.expire
        .execute()
        .then((n) => {
          if (n > 0) this.logger.log(`released ${n} unconfirmed booking(s)`);
        })
        .catch((e: Error) => this.logger.warn(`pending bookings sweep failed: ${e.message}`))
        .then(() => this.schedule());
    }, this.everyMs);
  }
}

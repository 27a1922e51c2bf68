import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { PurgePersonalDataUseCase } from '@facile/assistance/application';

export const PURGE_INTERVAL_MINUTES = Symbol('PURGE_INTERVAL_MINUTES');

/** Runs the purge of personal data on an interval from bootstrap (every replica; the update is idempotent). */
@Injectable()
export class PurgeScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('PurgeScheduler');
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly purge: PurgePersonalDataUseCase,
    @Inject(PURGE_INTERVAL_MINUTES) private readonly intervalMinutes: number,
  ) {}

  onApplicationBootstrap(): void {
    if (this.intervalMinutes <= 0) return;
    this.timer = setInterval(() => void this.run(), this.intervalMinutes * 60_000);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  private async run(): Promise<void> {
    try {
      const n = await this.purge.execute();
      if (n > 0) this.logger.log(`purged personal data of ${n} closed case(s)`);
    } catch (e) {
      this.logger.warn(`purge failed: ${(e as Error).message}`);
    }
  }
}

import { Inject, Injectable } from '@nestjs/common';
import { CaseStore } from '../ports/case.store';

export const RETENTION_DAYS = Symbol('ASSISTANCE_RETENTION_DAYS');

/** Erases the personal data of cases closed longer than the retention; facilitation records stay. */
@Injectable()
export class PurgePersonalDataUseCase {
  constructor(
    private readonly store: CaseStore,
    @Inject(RETENTION_DAYS) private readonly retentionDays: number,
  ) {}

  execute(now = new Date()): Promise<number> {
    return this.store.purge(new Date(now.getTime() - this.retentionDays * 86_400_000));
  }
}

import { Injectable } from '@nestjs/common';
import { isUnionAdmin, Principal } from '@facile/platform/auth';
import { ForbiddenError, NotFoundError } from '@facile/platform/errors';
import { SchedulingReader } from '@facile/scheduling/application';
import { QueueStore } from '../ports/queue.store';

/** Union admins put services into lettered groups (the letter on the ticket). */
@Injectable()
export class ConfigureQueueGroupsUseCase {
  constructor(
    private readonly store: QueueStore,
    private readonly reader: SchedulingReader,
  ) {}

  async setLetter(
    service: string,
    letter: string,
    principal: Principal,
  ): Promise<{ service: string; letter: string }> {
    if (!isUnionAdmin(principal)) throw new ForbiddenError('Only union admins group services');
    const [procedure] = await this.reader.procedures([service]);
    if (!procedure) throw new NotFoundError(`No procedure '${service}'`);
    await this.store.setLetter(service, letter);
    return { service, letter };
  }
}

import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { canAdministerTenant, Principal } from '@facile/platform/auth';
import {
  BusinessRuleError,
  ForbiddenError,
  NotFoundError,
  ValidationFailedError,
} from '@facile/platform/errors';
import { Clock } from '@facile/scheduling/application';
import { SessionStore } from '../ports/session.store';
import { SessionResponse, toSessionResponse } from '../session-response';

export interface CreateSessionCommand {
  site: string;
  title: string;
  topic?: string;
  language?: string;
  start: string;
  end: string;
  seats: number;
}

/** Admins of the site's municipality (or the union) schedule a group session. */
@Injectable()
export class CreateSessionUseCase {
  constructor(
    private readonly store: SessionStore,
    private readonly clock: Clock,
  ) {}

  async execute(cmd: CreateSessionCommand, principal: Principal): Promise<SessionResponse> {
    const tenant = await this.store.siteTenant(cmd.site);
    if (!tenant) throw new NotFoundError(`No site '${cmd.site}'`);
    if (!canAdministerTenant(principal, tenant))
      throw new ForbiddenError(`Not allowed to schedule sessions at ${cmd.site}`);
    const start = new Date(cmd.start);
    const end = new Date(cmd.end);
    if (end.getTime() <= start.getTime())
      throw new ValidationFailedError([{ field: 'end', message: 'end must be after start' }]);
    if (start.getTime() <= this.clock.now().getTime())
      throw new BusinessRuleError('A session cannot start in the past', 'session-in-past');
    const created = await this.store.create({
      id: randomUUID(),
      tenant,
      site: cmd.site,
      title: cmd.title,
      topic: cmd.topic ?? null,
      language: cmd.language ?? null,
      start,
      end,
      seats: cmd.seats,
    });
    return toSessionResponse(created);
  }
}

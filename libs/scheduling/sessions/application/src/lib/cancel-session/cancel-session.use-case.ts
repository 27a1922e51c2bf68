import { Injectable } from '@nestjs/common';
import { canAdministerTenant, Principal } from '@facile/platform/auth';
import { ForbiddenError, NotFoundError } from '@facile/platform/errors';
import { SessionStore } from '../ports/session.store';
import { SessionResponse, toSessionResponse } from '../session-response';

/** Admins cancel a session; everyone registered or waiting is told (one event each). */
@Injectable()
export class CancelSessionUseCase {
  constructor(private readonly store: SessionStore) {}

  async execute(id: string, principal: Principal): Promise<SessionResponse> {
    const session = await this.store.find(id);
    if (!session) throw new NotFoundError(`No session '${id}'`);
    if (!canAdministerTenant(principal, session.tenant))
      throw new ForbiddenError(`Not allowed to cancel sessions at ${session.site}`);
    return toSessionResponse(await this.store.cancelSession(id));
  }
}

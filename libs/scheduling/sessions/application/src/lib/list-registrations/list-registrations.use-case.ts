import { Injectable } from '@nestjs/common';
import { canAdministerTenant, Principal } from '@facile/platform/auth';
import { ForbiddenError, NotFoundError } from '@facile/platform/errors';
import { SessionStore, StoredRegistration } from '../ports/session.store';
import { SessionResponse, toSessionResponse } from '../session-response';

export interface RegistrationEntry {
  code: string;
  status: 'registered' | 'waitlisted';
  position?: number;
  firstName: string;
  lastName: string;
  email?: string;
  phone?: string;
  registeredAt: string;
}

export interface SessionRegistrations {
  session: SessionResponse;
  registered: RegistrationEntry[];
  waitingList: RegistrationEntry[];
}

const entry = (r: StoredRegistration): RegistrationEntry => ({
  code: r.code,
  status: r.status === 'waitlisted' ? 'waitlisted' : 'registered',
  ...(r.position !== null && r.status === 'waitlisted' ? { position: r.position } : {}),
  firstName: r.citizen.firstName,
  lastName: r.citizen.lastName,
  ...(r.citizen.email ? { email: r.citizen.email } : {}),
  ...(r.citizen.phone ? { phone: r.citizen.phone } : {}),
  registeredAt: r.createdAt.toISOString(),
});

/** The admins of the session's municipality (or the Union) see who holds a seat and who waits, in order. */
@Injectable()
export class ListRegistrationsUseCase {
  constructor(private readonly store: SessionStore) {}

  async execute(id: string, principal: Principal): Promise<SessionRegistrations> {
    const session = await this.store.find(id);
    if (!session) throw new NotFoundError(`No session '${id}'`);
    if (!canAdministerTenant(principal, session.tenant))
      throw new ForbiddenError(`Not allowed to see the registrations at ${session.site}`);
    const all = await this.store.activeRegistrations(session);
    return {
      session: toSessionResponse(session),
      registered: all.filter((r) => r.status === 'registered').map(entry),
      waitingList: all.filter((r) => r.status === 'waitlisted').map(entry),
    };
  }
}

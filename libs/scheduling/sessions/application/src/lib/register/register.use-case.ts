import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { ValidationFailedError } from '@facile/platform/errors';
import { humanCode, ManageTokens } from '@facile/platform/validation';
import { personKey } from '@facile/scheduling/sessions-domain';
import { Clock } from '@facile/scheduling/application';
import { RegistrantData, SessionStore } from '../ports/session.store';
import { RegistrationResponse, toRegistrationResponse } from '../session-response';

export interface RegisterCommand {
  sessionId: string;
  caseCode?: string;
  citizen: {
    firstName: string;
    lastName: string;
    fiscalCode?: string;
    email?: string;
    phone?: string;
    locale?: 'it' | 'en';
  };
}

/** A citizen registers: a seat while one remains, else a place on the waiting list. */
@Injectable()
export class RegisterForSessionUseCase {
  constructor(
    private readonly store: SessionStore,
    private readonly clock: Clock,
  ) {}

  async execute(cmd: RegisterCommand): Promise<RegistrationResponse> {
    const c = cmd.citizen;
    const key = personKey(c);
    if (!key)
      throw new ValidationFailedError([
        { field: 'citizen', message: 'a fiscalCode or an email is required' },
      ]);
    const citizen: RegistrantData = {
      firstName: c.firstName,
      lastName: c.lastName,
      fiscalCode: c.fiscalCode ? c.fiscalCode.toUpperCase() : null,
      email: c.email ?? null,
      phone: c.phone ?? null,
      locale: c.locale ?? null,
    };
    const token = ManageTokens.generate();
    const stored = await this.store.register(
      cmd.sessionId,
      {
        id: randomUUID(),
        code: humanCode(),
        manageTokenHash: ManageTokens.hash(token),
        personKey: key,
        caseCode: cmd.caseCode ?? null,
        citizen,
      },
      this.clock.now(),
    );
    return toRegistrationResponse(stored, token);
  }
}

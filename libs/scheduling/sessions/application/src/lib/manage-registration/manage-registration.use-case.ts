import { Injectable } from '@nestjs/common';
import { NotFoundError } from '@facile/platform/errors';
import { ManageTokens } from '@facile/platform/validation';
import { SessionStore, StoredRegistration } from '../ports/session.store';
import { RegistrationResponse, toRegistrationResponse } from '../session-response';

/** A citizen reads or cancels a registration with the manage token; unknown code and wrong token look the same. */
@Injectable()
export class ManageRegistrationUseCase {
  constructor(private readonly store: SessionStore) {}

  private async authorised(
    sessionId: string,
    code: string,
    token: string | undefined,
  ): Promise<StoredRegistration> {
    const found = await this.store.findRegistration(sessionId, code.toUpperCase());
    if (!found || !ManageTokens.matches(token, found.manageTokenHash))
      throw new NotFoundError(`No registration '${code}' for this token`);
    return found;
  }

  async read(sessionId: string, code: string, token: string | undefined): Promise<RegistrationResponse> {
    return toRegistrationResponse(await this.authorised(sessionId, code, token));
  }

  async cancel(sessionId: string, code: string, token: string | undefined): Promise<RegistrationResponse> {
    const r = await this.authorised(sessionId, code, token);
    const { cancelled } = await this.store.cancelRegistration(sessionId, r.code);
    return toRegistrationResponse(cancelled);
  }
}

import { Injectable } from '@nestjs/common';
import { Principal } from '@facile/platform/auth';
import { ForbiddenError, NotFoundError } from '@facile/platform/errors';
import { ManageTokens } from '@facile/platform/validation';
import { canWorkCases } from '../access';
import { toCaseView } from '../case-view';
import { CaseStore, StoredCase } from '../ports/case.store';

/**
 * A case for its citizen (manage token) or staff. A wrong or missing token is a 404 like an unknown code:
 * the answer never reveals whether a code exists.
 */
@Injectable()
export class ReadCaseUseCase {
  constructor(private readonly store: CaseStore) {}

  async read(code: string, token: string | undefined, principal?: Principal) {
    return toCaseView(await this.authorize(code, token, principal));
  }

  async authorize(code: string, token: string | undefined, principal?: Principal): Promise<StoredCase> {
    const c = await this.store.findByCode(code);
    if (principal) {
      if (!c) throw new NotFoundError(`No case ${code}`);
      if (!canWorkCases(principal, c.tenant)) throw new ForbiddenError(`Not allowed on cases of ${c.tenant}`);
      return c;
    }
    if (!c || !ManageTokens.matches(token, c.manageTokenHash))
      throw new NotFoundError('No case with this code and manage token');
    return c;
  }
}

import { Injectable } from '@nestjs/common';
import { assertTransition, CaseStatus, Facilitation } from '@facile/assistance/domain';
import { Principal } from '@facile/platform/auth';
import { ForbiddenError, NotFoundError, ValidationFailedError } from '@facile/platform/errors';
import { ManageTokens } from '@facile/platform/validation';
import { canWorkCases } from '../access';
import { toCaseView } from '../case-view';
import { CaseStore } from '../ports/case.store';

export interface TransitionCommand {
  to: CaseStatus;
  outcome?: string;
  note?: string;
  facilitation?: Facilitation;
}

/** Staff move a case along its lifecycle; the citizen may cancel it with the manage token. */
@Injectable()
export class TransitionCaseUseCase {
  constructor(private readonly store: CaseStore) {}

  async byStaff(code: string, cmd: TransitionCommand, principal: Principal) {
    if (cmd.facilitation && cmd.to !== 'resolved' && cmd.to !== 'referred') {
      throw new ValidationFailedError([
        { field: 'facilitation', message: 'is recorded only when the case is resolved or referred' },
      ]);
    }
    if (cmd.outcome && cmd.to !== 'resolved' && cmd.to !== 'referred') {
      throw new ValidationFailedError([
        { field: 'outcome', message: 'is recorded only when the case is resolved or referred' },
      ]);
    }
    const changed = await this.store.change(code, (c) => {
      if (!canWorkCases(principal, c.tenant)) throw new ForbiddenError(`Not allowed on cases of ${c.tenant}`);
      assertTransition(c.status, cmd.to, cmd.outcome);
      return {
        to: cmd.to,
        actor: principal.sub,
        outcome: cmd.outcome,
        note: cmd.note,
        facilitation: cmd.facilitation,
      };
    });
    if (!changed) throw new NotFoundError(`No case ${code}`);
    return toCaseView(changed);
  }

  async cancelByCitizen(code: string, token: string | undefined) {
    const changed = await this.store.change(code, (c) => {
      if (!ManageTokens.matches(token, c.manageTokenHash))
        throw new NotFoundError('No case with this code and manage token');
      assertTransition(c.status, 'cancelled');
      return { to: 'cancelled', actor: 'citizen' };
    });
    if (!changed) throw new NotFoundError('No case with this code and manage token');
    return toCaseView(changed);
  }
}

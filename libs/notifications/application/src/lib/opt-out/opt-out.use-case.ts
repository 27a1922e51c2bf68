import { Injectable } from '@nestjs/common';
import { ValidationFailedError } from '@facile/platform/errors';
import { OptOutStore, OptOutTokens } from '../ports/opt-out';

/** A citizen stops one channel of one municipality's messages, with the token of the link they received. */
@Injectable()
export class OptOutUseCase {
  constructor(
    private readonly tokens: OptOutTokens,
    private readonly store: OptOutStore,
  ) {}

  async execute(token: string): Promise<{ tenant: string; channel: string }> {
    const subject = this.check(token);
    await this.store.add(subject);
    return { tenant: subject.tenant, channel: subject.channel };
  }

  /** What the link would stop, without stopping it (the confirmation page a GET shows). */
  describe(token: string): { tenant: string; channel: string } {
    const subject = this.check(token);
    return { tenant: subject.tenant, channel: subject.channel };
  }

  private check(token: string) {
    const subject = this.tokens.verify(token);
    if (!subject) throw new ValidationFailedError([{ field: 'token', message: 'token is not valid' }]);
    return subject;
  }
}

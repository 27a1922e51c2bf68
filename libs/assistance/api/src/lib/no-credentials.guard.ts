import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { credentialFields, credentialNotes } from '@facile/assistance/domain';
import { ValidationFailedError } from '@facile/platform/errors';

/**
 * Credentials never enter the system: a body carrying a password, PIN, PUK or OTP field at any depth is
 * refused with 400 naming the field, before validation and before anything is stored; so is a free-text
 * `note` whose value looks like one (`PIN 4821`, `password: …`).
 */
@Injectable()
export class NoCredentialsGuard implements CanActivate {
  canActivate(ctx: ExecutionContext): boolean {
    const body = ctx.switchToHttp().getRequest<{ body?: unknown }>().body;
    const fields = credentialFields(body);
    const notes = credentialNotes(body);
    if (fields.length + notes.length > 0) {
      throw new ValidationFailedError([
        ...fields.map((field) => ({
          field,
          message: 'credentials (passwords, PINs, PUKs, OTPs) must never be sent or stored',
        })),
        ...notes.map((field) => ({
          field,
          message: 'looks like a password, PIN, PUK or OTP: credentials must never be written down',
        })),
      ]);
    }
    return true;
  }
}

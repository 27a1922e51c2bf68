import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { credentialFields } from '@facile/assistance/domain';
import { ValidationFailedError } from '@facile/platform/errors';

/**
 * Credentials never enter the system: a body carrying a password, PIN, PUK or OTP field at any depth is
 * refused with 400 naming the field, before validation and before anything is stored.
 */
@Injectable()
export class NoCredentialsGuard implements CanActivate {
  canActivate(ctx: ExecutionContext): boolean {
    const fields = credentialFields(ctx.switchToHttp().getRequest<{ body?: unknown }>().body);
    if (fields.length > 0) {
      throw new ValidationFailedError(
        fields.map((field) => ({
          field,
          message: 'credentials (passwords, PINs, PUKs, OTPs) must never be sent or stored',
        })),
      );
    }
    return true;
  }
}

import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { NotAllowedError, NotAuthenticatedError } from './auth-errors';
import { IS_PUBLIC, OPTIONAL_AUTH, REQUIRED_ROLES, RequestWithPrincipal } from './auth.decorators';
import { Role } from './principal';
import { TokenVerifier } from './token-verifier';

/**
 * Global guard: every HTTP route needs a staff token unless marked @Public() or @OptionalAuth().
 * Non-HTTP contexts (Kafka handlers) are not guarded here.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly verifier: TokenVerifier,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const targets = [context.getHandler(), context.getClass()];
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets);
    const optional = this.reflector.getAllAndOverride<boolean>(OPTIONAL_AUTH, targets);
    const request = context.switchToHttp().getRequest<RequestWithPrincipal>();
    const header = request.headers['authorization'];
    const value = Array.isArray(header) ? header[0] : header;
    // Public routes ignore any token: a stale one in a front end must not break a citizen's page.
    if (isPublic) return true;
    if (!value) {
      if (optional) return true;
      throw new NotAuthenticatedError();
    }
    const match = /^Bearer\s+(\S+)$/i.exec(value);
    if (!match) throw new NotAuthenticatedError('The Authorization header must be "Bearer <token>"');
    request.principal = await this.verifier.verify(match[1]);
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(REQUIRED_ROLES, targets);
    if (roles && !roles.some((r) => request.principal?.roles.includes(r))) throw new NotAllowedError();
    return true;
  }
}

import { applyDecorators, createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { Principal, Role } from './principal';

export const IS_PUBLIC = 'facile:public';
export const REQUIRED_ROLES = 'facile:roles';
export const OPTIONAL_AUTH = 'facile:optional-auth';

/** @nestjs/swagger's metadata key for security requirements (DECORATORS.API_SECURITY). */
const OPENAPI_SECURITY = 'swagger/apiSecurity';

/**
 * Citizens and front ends call this without a token. The OpenAPI document says so with `security: []`,
 * overriding the document-wide staff requirement that mirrors the global guard.
 */
export const Public = () => applyDecorators(SetMetadata(IS_PUBLIC, true), SetMetadata(OPENAPI_SECURITY, []));

/** Staff with any of these roles; checked after the token verifies. */
export const Roles = (...roles: Role[]) => SetMetadata(REQUIRED_ROLES, roles);

/** A token is read when present (staff) but not required (citizens with a manage token). */
export const OptionalAuth = () => SetMetadata(OPTIONAL_AUTH, true);

export interface RequestWithPrincipal {
  headers: Record<string, string | string[] | undefined>;
  principal?: Principal;
}

export const CurrentPrincipal = createParamDecorator(
  (_: unknown, ctx: ExecutionContext): Principal | undefined =>
    ctx.switchToHttp().getRequest<RequestWithPrincipal>().principal,
);

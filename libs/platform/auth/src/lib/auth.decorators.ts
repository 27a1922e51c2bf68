import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { Principal, Role } from './principal';

export const IS_PUBLIC = 'facile:public';
export const REQUIRED_ROLES = 'facile:roles';
export const OPTIONAL_AUTH = 'facile:optional-auth';

/** @nestjs/swagger's metadata keys for security requirements and operations (DECORATORS.API_SECURITY, API_OPERATION). */
const OPENAPI_SECURITY = 'swagger/apiSecurity';
const OPENAPI_OPERATION = 'swagger/apiOperation';

/**
 * Citizens and front ends call this without a token. The OpenAPI document says so with `security: []`,
 * overriding the document-wide staff requirement that mirrors the global guard. On a method the empty list
 * goes into the operation itself: @nestjs/swagger drops an empty method-level security list as "not set".
 */
export const Public = (): MethodDecorator & ClassDecorator =>
  ((target: object, key?: string | symbol, descriptor?: PropertyDescriptor) => {
    SetMetadata(IS_PUBLIC, true)(target, key as string | symbol, descriptor as PropertyDescriptor);
    if (!descriptor) {
      SetMetadata(OPENAPI_SECURITY, [])(target as () => void);
      return;
    }
    const operation = (Reflect.getMetadata(OPENAPI_OPERATION, descriptor.value) ?? {}) as Record<
      string,
      unknown
    >;
    // an operation's own `security` (e.g. a citizen's manage token) stays
    Reflect.defineMetadata(OPENAPI_OPERATION, { security: [], ...operation }, descriptor.value);
  }) as MethodDecorator & ClassDecorator;

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

import { registerDecorator, ValidationArguments } from 'class-validator';

/**
 * Refuses a development default when NODE_ENV is `production`: a secret shipped in the source must never sign
 * anything real, so a production process without its own value does not start (naming the variable).
 */
export function RefusedInProduction(developmentValue: string): PropertyDecorator {
  return (target, key) =>
    registerDecorator({
      name: 'refusedInProduction',
      target: target.constructor,
      propertyName: String(key),
      constraints: [developmentValue],
      validator: {
        validate(value: unknown, args: ValidationArguments): boolean {
          const env = (args.object as { NODE_ENV?: string }).NODE_ENV;
          return env !== 'production' || value !== args.constraints[0];
        },
        defaultMessage(args: ValidationArguments): string {
          return `${args.property} must be set in production (the development default is refused)`;
        },
      },
    });
}

/**
 * LINK_SECRET's development default, the same in scheduling and notifications so that links work on a developer's
 * machine; refused in production (ADR 0019).
 */
export const DEVELOPMENT_LINK_SECRET = 'development-only-link-secret-change-me-0123456789';

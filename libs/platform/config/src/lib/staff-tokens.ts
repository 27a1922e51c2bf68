import { ValidationArguments, ValidatorConstraint, ValidatorConstraintInterface } from 'class-validator';

/**
 * The development secret published in the README and the token tool. Development tokens signed with it are
 * accepted only with DEV_TOKENS=true outside production; a production process refuses to start with it.
 */
export const PUBLISHED_DEV_SECRET = 'development-only-secret-change-me-0123456789';

interface StaffTokenSettings {
  NODE_ENV: string;
  DEV_TOKENS: boolean;
  JWT_SECRET?: string;
}

const inProduction = (args: ValidationArguments) =>
  (args.object as StaffTokenSettings).NODE_ENV === 'production';

/** DEV_TOKENS=true is never allowed with NODE_ENV=production. */
@ValidatorConstraint({ name: 'devTokensOutsideProduction' })
export class DevTokensOutsideProduction implements ValidatorConstraintInterface {
  validate(value: unknown, args: ValidationArguments): boolean {
    return !(inProduction(args) && value === true);
  }
  defaultMessage(): string {
    return 'development tokens (DEV_TOKENS=true) are never accepted with NODE_ENV=production';
  }
}

/** The published development secret is refused with NODE_ENV=production. */
@ValidatorConstraint({ name: 'notThePublishedSecret' })
export class NotThePublishedSecret implements ValidatorConstraintInterface {
  validate(value: unknown, args: ValidationArguments): boolean {
    return !(inProduction(args) && value === PUBLISHED_DEV_SECRET);
  }
  defaultMessage(): string {
    return 'the published development secret is refused with NODE_ENV=production (staff tokens come from JWKS_URL)';
  }
}

/** Validate the identity provider's settings in production always (they are required there), elsewhere when set. */
export const requiredInProduction = (o: object, value: unknown): boolean =>
  (o as StaffTokenSettings).NODE_ENV === 'production' || value !== undefined;

/** The HS256 secret of development tokens, or undefined when they are not allowed (the default). */
export function devTokenSecretOf(config: StaffTokenSettings): string | undefined {
  if (!config.DEV_TOKENS || config.NODE_ENV === 'production') return undefined;
  return config.JWT_SECRET ?? PUBLISHED_DEV_SECRET;
}

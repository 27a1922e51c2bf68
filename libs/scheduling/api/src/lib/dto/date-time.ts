import { ValidateBy, type ValidationOptions } from 'class-validator';
import { DateTime } from 'luxon';

const parse = (value: string) => DateTime.fromISO(value, { setZone: true });

/**
 * An ISO 8601 date-time with a time of day (its offset, or else the server's zone): a slot start as the requests give
 * it. Validated here, at the edge, once; the use cases receive the instant (`toInstant`).
 */
export function IsDateTime(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isDateTime',
      validator: {
        validate: (v: unknown) => typeof v === 'string' && /[T ]\d{2}:\d{2}/.test(v) && parse(v).isValid,
        defaultMessage: (args) => `${args?.property ?? 'value'} must be an ISO 8601 date-time`,
      },
    },
    options,
  );
}

/** The instant of a date-time IsDateTime accepted. */
export const toInstant = (value: string): Date => parse(value).toJSDate();

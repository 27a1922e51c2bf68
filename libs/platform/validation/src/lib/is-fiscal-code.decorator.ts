import { registerDecorator, ValidationOptions } from 'class-validator';
import { isValidFiscalCode } from './fiscal-code';

/** class-validator rule: a valid codice fiscale (check character and omocodia). */
export function IsFiscalCode(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isFiscalCode',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: `${String(propertyName)} is not a valid codice fiscale`, ...options },
      validator: { validate: (value: unknown) => isValidFiscalCode(value) },
    });
}

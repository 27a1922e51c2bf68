import type { FieldProblem } from '@facile/web/api-client';
import { isFiscalCode } from '../form-fields/codice-fiscale';
import { EMAIL, PHONE } from '../form-fields/contact';

export interface Registrant {
  firstName: string;
  lastName: string;
  fiscalCode: string;
  email: string;
  phone: string;
  locale: 'it' | 'en';
}

export type RegistrantField = keyof Registrant;

/** The key (in the `sessions` namespace, under `form.`) of each field's problem. */
export type RegistrantErrors = Partial<
  Record<
    RegistrantField,
    'required' | 'fiscalCodeInvalid' | 'emailInvalid' | 'phoneInvalid' | 'contactRequired'
  >
>;

export const emptyRegistrant = (locale: 'it' | 'en'): Registrant => ({
  firstName: '',
  lastName: '',
  fiscalCode: '',
  email: '',
  phone: '',
  locale,
});

/** What the form can tell before sending (the service checks the same again). */
export function validateRegistrant(r: Registrant): RegistrantErrors {
  const errors: RegistrantErrors = {};
  if (!r.firstName.trim()) errors.firstName = 'required';
  if (!r.lastName.trim()) errors.lastName = 'required';
  if (r.fiscalCode.trim() && !isFiscalCode(r.fiscalCode)) errors.fiscalCode = 'fiscalCodeInvalid';
  if (r.email.trim() && !EMAIL.test(r.email.trim())) errors.email = 'emailInvalid';
  if (!r.fiscalCode.trim() && !r.email.trim()) errors.fiscalCode = 'contactRequired';
  if (r.phone.trim() && !PHONE.test(r.phone.trim())) errors.phone = 'phoneInvalid';
  return errors;
}

/** The body the service takes: empty optional fields left out, the codice fiscale upper-cased. */
export function registrantBody(r: Registrant) {
  const opt = (v: string) => (v.trim() ? v.trim() : undefined);
  return {
    firstName: r.firstName.trim(),
    lastName: r.lastName.trim(),
    fiscalCode: opt(r.fiscalCode.toUpperCase()),
    email: opt(r.email),
    phone: opt(r.phone),
    locale: r.locale,
  };
}

const FIELD_ERROR: Record<string, RegistrantErrors[RegistrantField]> = {
  firstName: 'required',
  lastName: 'required',
  fiscalCode: 'fiscalCodeInvalid',
  email: 'emailInvalid',
  phone: 'phoneInvalid',
};

/** The service's field problems (`citizen.fiscalCode`, `fiscalCode`…) on the form's fields. */
export function errorsFromProblem(problems: FieldProblem[]): RegistrantErrors {
  const errors: RegistrantErrors = {};
  for (const p of problems) {
    const field = p.field.split('.').pop() ?? '';
    const key = FIELD_ERROR[field];
    if (key) errors[field as RegistrantField] = key;
  }
  return errors;
}

import { isFiscalCode } from '../form-fields/codice-fiscale';
import { EMAIL, PHONE } from '../form-fields/contact';

export interface AssistanceForm {
  tenant: string;
  topic: string;
  has: string[];
  firstName: string;
  lastName: string;
  fiscalCode: string;
  email: string;
  phone: string;
  birthYear: string;
}

export type AssistanceField =
  'tenant' | 'topic' | 'firstName' | 'lastName' | 'fiscalCode' | 'email' | 'phone' | 'birthYear';
export type AssistanceErrors = Partial<
  Record<
    AssistanceField,
    'required' | 'fiscalCodeInvalid' | 'emailInvalid' | 'phoneInvalid' | 'birthYearInvalid'
  >
>;

export const emptyAssistanceForm = (): AssistanceForm => ({
  tenant: '',
  topic: '',
  has: [],
  firstName: '',
  lastName: '',
  fiscalCode: '',
  email: '',
  phone: '',
  birthYear: '',
});

export function validateAssistance(f: AssistanceForm, thisYear = new Date().getFullYear()): AssistanceErrors {
  const e: AssistanceErrors = {};
  if (!f.tenant) e.tenant = 'required';
  if (!f.topic) e.topic = 'required';
  if (!f.firstName.trim()) e.firstName = 'required';
  if (!f.lastName.trim()) e.lastName = 'required';
  if (f.fiscalCode.trim() && !isFiscalCode(f.fiscalCode)) e.fiscalCode = 'fiscalCodeInvalid';
  if (f.email.trim() && !EMAIL.test(f.email.trim())) e.email = 'emailInvalid';
  if (f.phone.trim() && !PHONE.test(f.phone.trim())) e.phone = 'phoneInvalid';
  if (f.birthYear.trim()) {
    const y = Number(f.birthYear);
    if (!/^\d{4}$/.test(f.birthYear.trim()) || y < 1850 || y > thisYear) e.birthYear = 'birthYearInvalid';
  }
  return e;
}

/** The case to open: at the desk, with what the citizen has; no credential is ever part of it. */
export function caseBody(f: AssistanceForm) {
  const opt = (v: string) => (v.trim() ? v.trim() : undefined);
  return {
    topic: f.topic,
    tenant: f.tenant,
    channel: 'desk' as const,
    has: f.has,
    citizen: {
      firstName: f.firstName.trim(),
      lastName: f.lastName.trim(),
      fiscalCode: opt(f.fiscalCode.toUpperCase()),
      email: opt(f.email),
      phone: opt(f.phone),
      birthYear: f.birthYear.trim() ? Number(f.birthYear) : undefined,
    },
  };
}

/** Where to book the desk for the topic's procedure, with the case attached. */
export function bookingLink(procedure: string, tenant: string, caseCode: string): string {
  const q = new URLSearchParams({ servizio: procedure, comune: tenant, pratica: caseCode });
  return `/prenota?${q.toString()}`;
}

/** The case just opened in this tab: a session registration made next carries it (sessionStorage). */
export const CASE_CODE_KEY = 'assistance.caseCode';

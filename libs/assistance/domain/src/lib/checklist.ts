import { BusinessRuleError, ValidationFailedError } from '@facile/platform/errors';
import { Topic } from './topic';

export interface ChecklistItem {
  id: string;
  label: string;
  satisfied: boolean;
}

export interface Checklist {
  checklist: ChecklistItem[];
  missing: string[];
  nextSteps: string[];
}

/** Topics a minor cannot get: the reason is the 422's detail. */
const MINOR_REASONS: Record<string, string> = {
  'spid-activation': 'SPID (LepidaID) can be activated only by adults: a minor cannot have SPID credentials',
  'digital-domicile': 'Only adults can elect a digital domicile (INAD)',
};

/** Age reached during currentYear. */
export const ageIn = (birthYear: number, currentYear: number): number => currentYear - birthYear;

/** Refuses a birth year in the future or implausibly old, and topics the citizen's age excludes. */
export function checkAge(topic: Topic, birthYear: number | undefined, currentYear: number): void {
  if (birthYear === undefined) return;
  if (birthYear > currentYear)
    throw new ValidationFailedError([{ field: 'citizen.birthYear', message: 'must not be in the future' }]);
  if (birthYear < currentYear - 130)
    throw new ValidationFailedError([{ field: 'citizen.birthYear', message: 'is not plausible' }]);
  // Only the year is known: refuse when the citizen is certainly under the minimum age all year long.
  const minAge = topic.minAge;
  if (minAge !== undefined && ageIn(birthYear, currentYear) < minAge) {
    throw new BusinessRuleError(
      MINOR_REASONS[topic.id] ?? `This topic requires an age of at least ${minAge}`,
      'age-requirement',
    );
  }
}

const STEPS: Record<string, (missing: Set<string>) => string[]> = {
  'spid-activation': (m) => [
    m.has('lepidaid-registration')
      ? 'Start the LepidaID registration on id.lepida.it before the appointment (uploading your document and health card), or do it at the desk'
      : 'Bring the confirmation of your LepidaID registration: the operator identifies you in person',
    'Bring your own phone and email: credentials are personal and nobody may ask for your password',
  ],
  'spid-recovery': () => [
    'Bring the phone and email linked to your identity; the desk never asks for your password',
  ],
  'cie-request': (m) => [
    ...(m.has('photo') ? ['Get a recent ICAO-compliant photo'] : []),
    ...(m.has('fee') ? ['Prepare the fee: 22,21 EUR (27,37 EUR for a duplicate)'] : []),
    ...(m.has('old-document')
      ? ['Bring the old document or, if lost or stolen, the police report and another document']
      : []),
    'Give an email and a mobile number: the CieID app can recover the PUK only if they were given',
    'The card arrives within 6 working days',
  ],
  'cie-pin-puk': () => ['Bring your electronic identity card'],
  'cieid-activation': () => ['Bring your CIE, its PIN (or PUK) and an NFC smartphone'],
  'digital-domicile': (m) => [
    ...(m.has('pec') ? ['Get a personal PEC mailbox first: the digital domicile is a PEC address'] : []),
    'Confirm from your PEC within 5 days after the registration on domiciliodigitale.gov.it',
  ],
  'app-io': () => ['Bring your smartphone and your SPID or CIE credentials (never share the password)'],
  'health-record': () => ['Bring your health card and your SPID or CIE credentials'],
  pagopa: () => ['Bring the payment notice (codice avviso)'],
  'email-pec': () => ['Bring a valid identity document'],
  'online-services': () => ['Tell the facilitator which online service you need'],
};

/** The checklist of a topic for this citizen: each prerequisite satisfied or missing, and the next steps. */
/** Certainly a minor (under 18 for the whole current year). */
export const isMinor = (birthYear: number | undefined, currentYear: number): boolean =>
  birthYear !== undefined && ageIn(birthYear, currentYear) < 18;

export function buildChecklist(topic: Topic, has: readonly string[], opts: { minor: boolean }): Checklist {
  const unknown = has.filter((id) => !topic.prerequisites.some((p) => p.id === id));
  if (unknown.length > 0) {
    throw new ValidationFailedError([
      { field: 'has', message: `not prerequisites of ${topic.id}: ${unknown.join(', ')}` },
    ]);
  }
  const owned = new Set(has);
  const checklist = topic.prerequisites
    .filter((p) => p.onlyIf !== 'minor' || opts.minor)
    .map((p) => ({ id: p.id, label: p.label, satisfied: owned.has(p.id) }));
  const missing = checklist.filter((c) => !c.satisfied).map((c) => c.id);
  const steps = STEPS[topic.id]?.(new Set(missing)) ?? [];
  const nextSteps = [
    ...(missing.length > 0
      ? [
          `Bring or obtain: ${checklist
            .filter((c) => !c.satisfied)
            .map((c) => c.label)
            .join('; ')}`,
        ]
      : []),
    ...steps,
  ];
  return { checklist, missing, nextSteps };
}

import { ConflictError, BusinessRuleError } from '@facile/platform/errors';

export const CASE_STATUSES = [
  'open',
  'scheduled',
  'in_progress',
  'resolved',
  'referred',
  'abandoned',
  'cancelled',
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const CLOSED_STATUSES: readonly CaseStatus[] = ['resolved', 'referred', 'abandoned', 'cancelled'];

export const CASE_OUTCOMES = [
  'spid-activated',
  'spid-recovered',
  'cie-requested',
  'cieid-activated',
  'pin-puk-reprinted',
  'domicile-registered',
  'app-io-activated',
  'health-record-activated',
  'payment-made',
  'pec-created',
  'information-given',
] as const;
export type CaseOutcome = (typeof CASE_OUTCOMES)[number];

/** Staff transitions; `cancelled` is the citizen's (with the manage token); `open`↔`scheduled` also come from scheduling events. */
const ALLOWED: Record<CaseStatus, readonly CaseStatus[]> = {
  open: ['scheduled', 'in_progress', 'abandoned', 'cancelled'],
  scheduled: ['open', 'in_progress', 'abandoned', 'cancelled'],
  in_progress: ['resolved', 'referred', 'abandoned'],
  resolved: [],
  referred: [],
  abandoned: [],
  cancelled: [],
};

export const isClosed = (s: CaseStatus): boolean => CLOSED_STATUSES.includes(s);

export const canTransition = (from: CaseStatus, to: CaseStatus): boolean => ALLOWED[from].includes(to);

/** Where a case may go from `from` (what the staff's transitions endpoint accepts); none once closed. */
export const allowedTransitions = (from: CaseStatus): readonly CaseStatus[] => ALLOWED[from];

/** Checks a transition; a resolution needs an outcome. Throws 409 / 422. */
export function assertTransition(from: CaseStatus, to: CaseStatus, outcome?: string): void {
  if (!canTransition(from, to))
    throw new ConflictError(
      `A case cannot go from ${from} to ${to}`,
      'invalid-transition',
      'Transition not allowed',
    );
  if (to === 'resolved' && !outcome)
    throw new BusinessRuleError('A resolved case needs an outcome', 'outcome-required');
}

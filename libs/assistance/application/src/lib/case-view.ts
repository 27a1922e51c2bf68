import { allowedTransitions } from '@facile/assistance/domain';
import { CaseStateV1 } from '@facile/contracts';
import { StoredCase } from './ports/case.store';

export type CaseView = ReturnType<typeof toCaseView>;

export const toCaseView = (c: StoredCase) => ({
  code: c.code,
  topic: c.topic,
  tenant: c.tenant,
  channel: c.channel,
  status: c.status,
  outcome: c.outcome,
  bookingCode: c.bookingCode,
  noShows: c.noShows,
  checklist: c.checklist,
  missing: c.missing,
  nextSteps: c.nextSteps,
  citizen: c.citizen,
  createdAt: c.createdAt.toISOString(),
  closedAt: c.closedAt?.toISOString() ?? null,
  history: c.history.map((h) => ({ from: h.from, to: h.to, by: h.by, at: h.at.toISOString(), note: h.note })),
  allowedTransitions: [...allowedTransitions(c.status)],
});

/** The event payload (contract CaseStateV1); the contact only while personal data exists. */
export const toCaseState = (c: StoredCase): CaseStateV1 => ({
  caseId: c.id,
  code: c.code,
  topic: c.topic,
  tenant: c.tenant,
  status: c.status,
  ...(c.outcome ? { outcome: c.outcome } : {}),
  ...(c.bookingCode ? { bookingCode: c.bookingCode } : {}),
  checklist: c.checklist,
  nextSteps: c.nextSteps,
  ...(c.citizen
    ? {
        citizen: {
          firstName: c.citizen.firstName,
          lastName: c.citizen.lastName,
          ...(c.citizen.fiscalCode ? { fiscalCode: c.citizen.fiscalCode } : {}),
          ...(c.citizen.email ? { email: c.citizen.email } : {}),
          ...(c.citizen.phone ? { phone: c.citizen.phone } : {}),
        },
      }
    : {}),
});

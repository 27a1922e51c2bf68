import { ApiProblem, AssistanceApi } from '@facile/web/api-client';

export type Case = AssistanceApi.components['schemas']['CaseResponse'];
export type CaseStatus = Case['status'];
export type Facilitation = AssistanceApi.components['schemas']['FacilitationDto'];
export type FacilitationField = keyof Facilitation;
export type Outcome = NonNullable<AssistanceApi.components['schemas']['TransitionDto']['outcome']>;
export type TransitionBody = AssistanceApi.components['schemas']['TransitionDto'];

/**
 * The API document's vocabularies, in its order (the domain's lifecycle order for statuses); the labels are
 * `cases:status.<id>`, `cases:outcome.<id>` and `cases:facilitation.<field>.<id>`.
 */
export const CASE_STATUSES: readonly CaseStatus[] = AssistanceApi.caseResponseStatusValues;
export const OUTCOMES: readonly Outcome[] = AssistanceApi.transitionDtoOutcomeValues;

/** The monitoring's vocabulary, field by field (the API's FacilitationDto enums). */
export const FACILITATION_OPTIONS: { [F in FacilitationField]: readonly Facilitation[F][] } = {
  ageBand: AssistanceApi.facilitationDtoAgeBandValues,
  gender: AssistanceApi.facilitationDtoGenderValues,
  education: AssistanceApi.facilitationDtoEducationValues,
  employment: AssistanceApi.facilitationDtoEmploymentValues,
  serviceArea: AssistanceApi.facilitationDtoServiceAreaValues,
  activityType: AssistanceApi.facilitationDtoActivityTypeValues,
};
export const FACILITATION_FIELDS = Object.keys(FACILITATION_OPTIONS) as FacilitationField[];

export const NOTE_MAX = 1000;

/** What the operator fills in to move a case. */
export interface TransitionForm {
  to: CaseStatus | '';
  outcome: Outcome | '';
  note: string;
  facilitation: Partial<Record<FacilitationField, string>>;
}
export const EMPTY_FORM: TransitionForm = { to: '', outcome: '', note: '', facilitation: {} };

/** The moves to offer: exactly the ones the API says the case's status allows (the domain's lifecycle). */
export function transitionsOffered(c: Pick<Case, 'allowedTransitions'>): CaseStatus[] {
  return CASE_STATUSES.filter((s) => c.allowedTransitions.includes(s));
}

/** Closing a case as resolved or referred records its outcome and the facilitation data. */
export const closesWithData = (to: CaseStatus | ''): boolean => to === 'resolved' || to === 'referred';

/** Form keys of the errors: `to`, `outcome`, `note`, `facilitation.<field>`; values are i18n keys of `cases`. */
export type FormErrors = Partial<Record<string, string>>;

/** What is missing before sending (the API would refuse it too): the move, the outcome, the six attributes. */
export function validateTransition(form: TransitionForm): FormErrors {
  const errors: FormErrors = {};
  if (!form.to) errors['to'] = 'errors.toRequired';
  if (form.to === 'resolved' && !form.outcome) errors['outcome'] = 'errors.outcomeRequired';
  if (closesWithData(form.to))
    for (const f of FACILITATION_FIELDS)
      if (!form.facilitation[f]) errors[`facilitation.${f}`] = 'errors.facilitationRequired';
  if (form.note.length > NOTE_MAX) errors['note'] = 'errors.noteTooLong';
  return errors;
}

/** The request body: outcome and facilitation only when the move closes the case with them. */
export function transitionBody(form: TransitionForm): TransitionBody {
  const to = form.to as CaseStatus;
  const note = form.note.trim();
  return {
    to,
    ...(note ? { note } : {}),
    ...(closesWithData(to) && form.outcome ? { outcome: form.outcome } : {}),
    ...(closesWithData(to) ? { facilitation: form.facilitation as Facilitation } : {}),
  };
}

export type Failure = 'fields' | 'conflict' | 'forbidden' | 'gone' | 'session' | 'unavailable' | 'network';

/** What went wrong with a transition, to choose the message and the way forward. */
export function failureOf(error: unknown): Failure {
  if (!(error instanceof ApiProblem) || error.isNetwork) return 'network';
  if (error.status === 409) return 'conflict';
  if (error.status === 403) return 'forbidden';
  if (error.status === 404) return 'gone';
  if (error.status === 401) return 'session';
  if (error.status === 400 || error.status === 422) return 'fields';
  return 'unavailable';
}

/** The API's refusals shown next to their fields: a note that looks like a credential gets its own message. */
export function fieldErrorsOf(error: unknown): FormErrors {
  if (!(error instanceof ApiProblem)) return {};
  const errors: FormErrors = {};
  for (const e of error.errors) {
    if (e.field === 'note')
      errors['note'] = /password|pin|puk|otp|credential/i.test(e.message)
        ? 'errors.noteCredential'
        : 'errors.noteRefused';
    else if (e.field === 'outcome') errors['outcome'] = 'errors.outcomeRequired';
    else if (e.field.startsWith('facilitation.')) errors[e.field] = 'errors.facilitationRequired';
    else errors['form'] = 'errors.refused';
  }
  if (error.status === 422 && /outcome/.test(error.type)) errors['outcome'] = 'errors.outcomeRequired';
  if (error.status === 400 && Object.keys(errors).length === 0) errors['form'] = 'errors.refused';
  return errors;
}

/** One page of a list (the API answers at most 500 cases in one go; the screen shows them page by page). */
export function pageOf<T>(items: readonly T[], page: number, size: number) {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const current = Math.min(Math.max(1, Math.floor(page) || 1), pages);
  return { items: items.slice((current - 1) * size, current * size), page: current, pages };
}

import { ApiProblem } from '@facile/web/api-client';

/** What the flow does with a failed call: the kinds a citizen is told about, each with its own way forward. */
export type FailureKind = 'taken' | 'already' | 'limit' | 'retryLater' | 'network' | 'refused';

export function failureKind(error: unknown): FailureKind {
  if (!(error instanceof ApiProblem) || error.isNetwork) return 'network';
  if (error.status === 409)
    return /already|person|active/i.test(`${error.type} ${error.detail}`) ? 'already' : 'taken';
  if (error.status === 429) return 'retryLater';
  if (error.status === 422) return 'limit';
  if (error.status >= 500 || error.status === 408) return 'network';
  return 'refused';
}

export const retryMinutes = (error: unknown) =>
  Math.max(1, Math.ceil((error instanceof ApiProblem ? (error.retryAfterSeconds ?? 60) : 60) / 60));

export const problemDetail = (error: unknown) =>
  error instanceof ApiProblem ? error.detail || error.title : '';

import type { TFunction } from 'i18next';

/**
 * What to tell a visitor about a failed request, from its HTTP status (0: no answer at all). Any error
 * with a numeric `status` will do (the api-client's ApiProblem has one); anything else is "no answer".
 */
export function problemMessage(error: unknown, t: TFunction): string {
  const status =
    typeof error === 'object' && error !== null && 'status' in error && typeof error.status === 'number'
      ? error.status
      : 0;
  if (status === 0) return t('states.network');
  if (status === 404) return t('states.notFound');
  if (status === 429) return t('states.tooMany');
  if (status >= 500 || status === 408) return t('states.unavailable');
  return t('states.refused');
}

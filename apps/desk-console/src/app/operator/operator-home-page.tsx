import { useDocumentTitle } from '@facile/web/ui';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../auth';

/** The operator's start page (signed in): the shift bar above, the day's tools below. */
export function OperatorHomePage() {
  const { t } = useTranslation('desk');
  const { user } = useAuth();
  useDocumentTitle(t('operator.title'));
  return (
    <>
      <h1>{t('operator.title')}</h1>
      <p className="lead">{t('operator.intro', { name: user?.name ?? '' })}</p>
    </>
  );
}

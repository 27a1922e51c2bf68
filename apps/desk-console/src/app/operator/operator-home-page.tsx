import { useDocumentTitle } from '@facile/web/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
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
      <ul>
        <li>
          <Link to="/agenda">{t('operator.agenda')}</Link>
        </li>
        <li>
          <Link to="/coda">{t('operator.queue')}</Link>
        </li>
        <li>
          <Link to="/pratiche">{t('operator.cases')}</Link>
        </li>
      </ul>
    </>
  );
}

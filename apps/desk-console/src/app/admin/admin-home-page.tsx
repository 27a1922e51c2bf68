import { useDocumentTitle } from '@facile/web/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** Entry page of the administration section. */
export function AdminHomePage() {
  const { t } = useTranslation('admin');
  useDocumentTitle(t('title'));
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lead">{t('home.intro')}</p>
      <Link to="/admin/offerte">{t('nav.offerings')}</Link>
    </>
  );
}

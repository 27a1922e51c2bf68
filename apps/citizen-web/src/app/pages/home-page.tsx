import { useTenants } from '@facile/web/api-client';
import { QueryView, TenantList, useDocumentTitle } from '@facile/web/ui';
import { useTranslation } from 'react-i18next';
import { municipalityPath } from '../routes';

/** The home page: what the service is, and the Union's municipalities from the catalogue. */
export function HomePage() {
  const { t } = useTranslation('citizen');
  const { t: tc } = useTranslation();
  useDocumentTitle(t('home.title'));
  const tenants = useTenants();
  return (
    <>
      <h1>{t('home.title')}</h1>
      <p className="lead mb-5">{t('home.intro')}</p>
      <QueryView
        query={tenants}
        isEmpty={(list) => list.length === 0}
        emptyMessage={tc('tenants.empty')}
        showUpdatedAt
      >
        {(list) => <TenantList tenants={list} pathOf={municipalityPath} />}
      </QueryView>
    </>
  );
}

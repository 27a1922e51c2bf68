import { useTenants } from '@facile/web/api-client';
import { QueryView, TenantList, useDocumentTitle } from '@facile/web/ui';
import { useTranslation } from 'react-i18next';
import { municipalityPath } from '../routes';

/** The console's home: the municipalities the desk works for, from the catalogue. */
export function HomePage() {
  const { t } = useTranslation('desk');
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

import { useTenants } from '@facile/web/api-client';
import { QueryView, TenantList, useDocumentTitle } from '@facile/web/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../layout/paths';
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
      <p className="lead">{t('home.intro')}</p>
      <p className="mb-5">
        <Link className="btn btn-outline-primary" to={paths.services} data-element="all-services">
          {t('home.allServices')}
        </Link>
      </p>
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

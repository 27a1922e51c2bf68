import { useTenants, type Tenant } from '@facile/web/api-client';
import { NotFoundPage, QueryView, useDocumentTitle } from '@facile/web/ui';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { paths } from '../layout/paths';

function Municipality({ tenant }: { tenant: Tenant }) {
  const { t } = useTranslation('citizen');
  useDocumentTitle(tenant.name);
  return (
    <>
      <h1>{tenant.name}</h1>
      <p className="lead">{t('municipality.intro', { name: tenant.name })}</p>
      <ul className="list-unstyled">
        <li className="mb-2">
          <Link to={`${paths.services}?comune=${encodeURIComponent(tenant.id)}`}>
            {t('municipality.services', { name: tenant.name })}
          </Link>
        </li>
        <li>
          <Link to="/">{t('municipality.back')}</Link>
        </li>
      </ul>
    </>
  );
}

/** A municipality's page: its name and the way to its services. */
export function MunicipalityPage() {
  const { tenantId } = useParams();
  const tenants = useTenants();
  return (
    <QueryView query={tenants}>
      {(list) => {
        const tenant = list.find((x) => x.id === tenantId);
        return tenant ? <Municipality tenant={tenant} /> : <NotFoundPage />;
      }}
    </QueryView>
  );
}

import { useTenants, type Tenant } from '@facile/web/api-client';
import { NotFoundPage, QueryView, useDocumentTitle } from '@facile/web/ui';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

function Municipality({ tenant }: { tenant: Tenant }) {
  const { t } = useTranslation('desk');
  useDocumentTitle(tenant.name);
  return (
    <>
      <h1>{tenant.name}</h1>
      <p className="lead">{t('municipality.intro', { name: tenant.name })}</p>
      <Link to="/">{t('municipality.back')}</Link>
    </>
  );
}

/** A municipality's page (for now its name; queues, bookings and cases come with the console issue). */
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

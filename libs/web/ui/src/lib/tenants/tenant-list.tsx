import { Card, Icon } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/**
 * What the list shows of a tenant (the catalogue's tenants answer has at least this; optional members may
 * come as null from a document that declares them nullable).
 */
export interface TenantSummary {
  id: string;
  name: string;
  kind: string;
  istatCode?: string | null;
  province?: string | null;
  population?: number | null;
}

export interface TenantListProps {
  tenants: readonly TenantSummary[];
  /** The app's path of a tenant's page. */
  pathOf: (id: string) => string;
}

/** The Union and its municipalities as cards, each titled with a link to its page. */
export function TenantList({ tenants, pathOf }: TenantListProps) {
  const { t } = useTranslation();
  return (
    <ul className="row list-unstyled" aria-label={t('tenants.label')}>
      {tenants.map((tenant) => {
        const facts = [
          tenant.kind === 'union' ? t('tenants.union') : t('tenants.municipality'),
          tenant.province ? t('tenants.province', { province: tenant.province }) : undefined,
          tenant.istatCode ? t('tenants.istatCode', { code: tenant.istatCode }) : undefined,
          tenant.population != null ? t('tenants.population', { count: tenant.population }) : undefined,
        ].filter((fact): fact is string => fact !== undefined);
        return (
          <li key={tenant.id} className="col-12 col-md-6 col-lg-4 mb-4">
            <Card tag="div" shadow="sm" rounded fullHeight>
              <h2 className="it-card-title h5 d-flex align-items-start gap-2">
                <Icon icon="it-map-marker" color="primary" size="sm" className="mt-1 flex-shrink-0" />
                <Link to={pathOf(tenant.id)}>{tenant.name}</Link>
              </h2>
              <div className="it-card-body">
                <p className="it-card-text mb-0">{facts.join(' · ')}</p>
              </div>
            </Card>
          </li>
        );
      })}
    </ul>
  );
}

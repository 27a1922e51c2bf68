import { useDocumentTitle } from '@facile/web/ui';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../auth';

/** After sign-in: who you are for the platform (roles, sites, municipalities), as the services will see you. */
export function StaffHomePage() {
  const { t } = useTranslation('desk');
  const { user } = useAuth();
  useDocumentTitle(t('staffHome.title'));
  if (!user) return null;
  return (
    <section aria-labelledby="staff-home-title">
      <h1 id="staff-home-title">{t('staffHome.greeting', { name: user.name })}</h1>
      <dl className="row">
        <dt className="col-sm-3">{t('staffHome.roles')}</dt>
        <dd className="col-sm-9" data-testid="roles">
          {user.roles.map((r) => t(`staffHome.role.${r}`)).join(', ') || t('staffHome.none')}
        </dd>
        <dt className="col-sm-3">{t('staffHome.sites')}</dt>
        <dd className="col-sm-9" data-testid="sites">
          {user.sites.join(', ') || t('staffHome.none')}
        </dd>
        <dt className="col-sm-3">{t('staffHome.tenants')}</dt>
        <dd className="col-sm-9" data-testid="tenants">
          {user.roles.includes('union-admin') ? t('staffHome.allTenants') : user.tenants.join(', ') || t('staffHome.none')}
        </dd>
      </dl>
    </section>
  );
}

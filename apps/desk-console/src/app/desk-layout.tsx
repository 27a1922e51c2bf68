import { tenantsQuery, useApiClients } from '@facile/web/api-client';
import { AppShell, siteLinks } from '@facile/web/ui';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Outlet, useMatch } from 'react-router';
import { StaffBar } from './auth';

const links = siteLinks({
  unionUrl: import.meta.env.VITE_UNION_URL,
  accessibilityStatementUrl: import.meta.env.VITE_ACCESSIBILITY_STATEMENT_URL,
  privacyUrl: import.meta.env.VITE_PRIVACY_URL,
});

/** Every page of the console inside the shell; on a municipality's pages the header names it. */
export function DeskLayout() {
  const { t } = useTranslation('desk');
  const match = useMatch('/comuni/:tenantId');
  const tenants = useQuery({ ...tenantsQuery(useApiClients()), enabled: match !== null });
  const municipality = tenants.data?.find((tenant) => tenant.id === match?.params.tenantId)?.name;
  return (
    <AppShell appTitle={t('title')} appTagline={t('tagline')} municipality={municipality} {...links}>
      <StaffBar />
      <Outlet />
    </AppShell>
  );
}

import { tenantsQuery, useApiClients } from '@facile/web/api-client';
import { isLanguage, useLanguage } from '@facile/web/i18n';
import { LoadingState, MAIN_ID, SiteHeader, SkipLinks, siteLinks } from '@facile/web/ui';
import { useQuery } from '@tanstack/react-query';
import { Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useMatch } from 'react-router';
import { isEmbedded } from './embed/embed-mode';
import { useHeightReporter } from './embed/use-height-reporter';
import { CitizenFooter } from './layout/citizen-footer';
import { MainNav } from './layout/main-nav';

const links = siteLinks({
  unionUrl: import.meta.env.VITE_UNION_URL,
  accessibilityStatementUrl: import.meta.env.VITE_ACCESSIBILITY_STATEMENT_URL,
  privacyUrl: import.meta.env.VITE_PRIVACY_URL,
});

/** After a navigation inside the app the focus moves to <main>, so reading starts at the new page. */
function useFocusMainOnNavigation() {
  const main = useRef<HTMLElement>(null);
  const { pathname } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.focus();
  }, [pathname]);
  return main;
}

/** The page inside a municipality's site (`?embed=1`): no header or footer, its height told to the parent. */
function EmbeddedLayout() {
  const { t } = useTranslation('embed');
  const main = useFocusMainOnNavigation();
  useHeightReporter(true);
  const { pathname, search } = useLocation();
  const { setLanguage } = useLanguage();
  const asked = new URLSearchParams(search).get('lng');
  // the embedding site may ask for the language of its own page (embed.js data-lingua)
  useEffect(() => {
    if (isLanguage(asked)) void setLanguage(asked);
  }, [asked, setLanguage]);
  const params = new URLSearchParams(search);
  params.delete('embed');
  params.delete('lng');
  const full = `${pathname}${params.size > 0 ? `?${params.toString()}` : ''}`;
  return (
    <main id={MAIN_ID} ref={main} tabIndex={-1} className="container-fluid py-3">
      <Suspense fallback={<LoadingState />}>
        <Outlet />
      </Suspense>
      <p className="small text-secondary mt-4 mb-0">
        {t('poweredBy')} ·{' '}
        <a href={full} target="_blank" rel="noopener">
          {t('openFull')}
        </a>
      </p>
    </main>
  );
}

/** Every page inside the shell; on a municipality's pages the header names that municipality. */
export function CitizenLayout() {
  const { t } = useTranslation();
  const { t: tc } = useTranslation('citizen');
  const { search } = useLocation();
  const embedded = isEmbedded(search);
  const match = useMatch('/comuni/:tenantId/*');
  const tenants = useQuery({ ...tenantsQuery(useApiClients()), enabled: match !== null });
  const municipality = tenants.data?.find((tenant) => tenant.id === match?.params.tenantId)?.name;
  const main = useFocusMainOnNavigation();
  if (embedded) return <EmbeddedLayout />;
  return (
    <>
      <SkipLinks />
      <SiteHeader
        title={municipality ?? t('service')}
        tagline={municipality ? t('service') : tc('tagline')}
        unionUrl={links.unionUrl}
      />
      <MainNav />
      {/* at least a screen tall: while a page's chunk loads, the footer does not show and then jump down */}
      <main id={MAIN_ID} ref={main} tabIndex={-1} className="container my-5 min-vh-100">
        <Suspense fallback={<LoadingState />}>
          <Outlet />
        </Suspense>
      </main>
      <CitizenFooter {...links} />
    </>
  );
}

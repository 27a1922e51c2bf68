import type { FooterLinks } from './site-footer';

/**
 * Where the footer and the slim header point unless the build says otherwise (VITE_UNION_URL,
 * VITE_ACCESSIBILITY_STATEMENT_URL, VITE_PRIVACY_URL). The accessibility statement is published on AgID's
 * form.agid.gov.it; each deployment sets the address of its own statement and privacy notice.
 */
export const DEFAULT_SITE_LINKS: FooterLinks = {
  unionUrl: 'https://www.unionevallesavio.it/',
  accessibilityStatementUrl: 'https://form.agid.gov.it/',
  privacyUrl: 'https://www.unionevallesavio.it/privacy',
};

/** The default links with the ones a build configures (empty values ignored). */
export function siteLinks(configured: Partial<Record<keyof FooterLinks, string | undefined>>): FooterLinks {
  const pick = (key: keyof FooterLinks) => configured[key] || DEFAULT_SITE_LINKS[key];
  return {
    unionUrl: pick('unionUrl'),
    accessibilityStatementUrl: pick('accessibilityStatementUrl'),
    privacyUrl: pick('privacyUrl'),
  };
}

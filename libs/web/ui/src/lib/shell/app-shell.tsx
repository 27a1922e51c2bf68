import { useEffect, useRef, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import { SiteFooter, type FooterLinks } from './site-footer';
import { SiteHeader } from './site-header';
import { MAIN_ID, SkipLinks } from './skip-links';

export interface AppShellProps extends FooterLinks {
  /** The application's name (centre header) when no municipality is chosen. */
  appTitle: string;
  appTagline: string;
  /** The municipality the visitor is looking at, if any: the header names it. */
  municipality?: string;
  children: ReactNode;
}

/**
 * Skip links, header, <main> and footer around a page. After a navigation inside the app the focus moves
 * to <main>, so keyboard and screen reader users start reading the new page, not the old link.
 */
export function AppShell({ appTitle, appTagline, municipality, children, ...links }: AppShellProps) {
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
  return (
    <>
      <SkipLinks />
      <SiteHeader
        title={municipality ?? appTitle}
        tagline={municipality ? appTitle : appTagline}
        unionUrl={links.unionUrl}
      />
      <main id={MAIN_ID} ref={main} tabIndex={-1} className="container my-5">
        {children}
      </main>
      <SiteFooter {...links} />
    </>
  );
}

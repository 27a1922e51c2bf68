import { useTranslation } from 'react-i18next';
import { NavLink, Outlet } from 'react-router';

interface NavEntry {
  to: string;
  label: string;
}

function NavGroup({ title, entries }: { title: string; entries: NavEntry[] }) {
  return (
    <>
      <h2 className="h6 text-uppercase mt-3 mb-2">{title}</h2>
      <ul className="link-list">
        {entries.map((entry) => (
          <li key={entry.to}>
            <NavLink to={entry.to} end className={({ isActive }) => `list-item${isActive ? ' active' : ''}`}>
              <span>{entry.label}</span>
            </NavLink>
          </li>
        ))}
      </ul>
    </>
  );
}

/** The administration section: a side navigation (the municipality's pages, then the Union's) and the page. */
export function AdminLayout() {
  const { t } = useTranslation('admin');
  const municipality: NavEntry[] = [
    { to: '/admin', label: t('nav.home') },
    { to: '/admin/offerte', label: t('nav.offerings') },
    { to: '/admin/sedi', label: t('nav.sites') },
    { to: '/admin/modelli', label: t('nav.templates') },
    { to: '/admin/messaggi', label: t('nav.deliveries') },
  ];
  const union: NavEntry[] = [
    { to: '/admin/unione/catalogo', label: t('nav.catalogue') },
    { to: '/admin/unione/calendario', label: t('nav.calendar') },
    { to: '/admin/unione/statistiche', label: t('nav.statistics') },
    { to: '/admin/unione/facilitazione', label: t('nav.facilitation') },
  ];
  return (
    <div className="row">
      <nav className="col-12 col-lg-3 mb-4" aria-label={t('nav.label')}>
        <div className="link-list-wrapper">
          <NavGroup title={t('nav.municipality')} entries={municipality} />
          <NavGroup title={t('nav.union')} entries={union} />
        </div>
      </nav>
      <div className="col-12 col-lg-9">
        <Outlet />
      </div>
    </div>
  );
}

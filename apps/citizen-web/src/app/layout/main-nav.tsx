import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { paths } from './paths';

/** The first-level navigation of the municipal-site model, under the header (wraps at 320 px). */
export function MainNav() {
  const { t } = useTranslation('citizen');
  const items = [
    { to: paths.services, label: t('nav.services'), element: 'all-services' },
    { to: paths.booking, label: t('nav.booking'), element: undefined },
    { to: paths.sessions, label: t('nav.sessions'), element: undefined },
    { to: paths.assistance, label: t('nav.assistance'), element: undefined },
  ];
  return (
    <nav aria-label={t('nav.label')} className="bg-primary">
      <div className="container">
        <ul className="nav flex-wrap" data-element="main-navigation">
          {items.map((item) => (
            <li key={item.to} className="nav-item">
              <NavLink
                to={item.to}
                className="nav-link text-white fw-semibold px-2 px-md-3"
                data-element={item.element}
              >
                {item.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </div>
    </nav>
  );
}

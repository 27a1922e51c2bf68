import { useDocumentTitle } from '@facile/web/ui';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { UNION_PATHS } from './union-paths';

const SECTIONS = [
  ['catalogue', UNION_PATHS.catalogue],
  ['calendar', UNION_PATHS.calendar],
  ['statistics', UNION_PATHS.statistics],
  ['facilitation', UNION_PATHS.facilitation],
] as const;

export interface UnionPageProps {
  title: string;
  intro?: string;
  children: ReactNode;
}

/** A page of the Union admin: its sections' navigation, its title (also the document's) and intro. */
export function UnionPage({ title, intro, children }: UnionPageProps) {
  const { t } = useTranslation('union');
  useDocumentTitle(title);
  return (
    <>
      <nav aria-label={t('nav.label')} className="mb-4">
        <ul className="nav nav-tabs flex-wrap">
          {SECTIONS.map(([key, path]) => (
            <li className="nav-item" key={key}>
              <NavLink to={path} className={({ isActive }) => `nav-link${isActive ? ' active' : ''}`}>
                {t(`nav.${key}`)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <h1>{title}</h1>
      {intro && <p className="lead mb-4">{intro}</p>}
      {children}
    </>
  );
}

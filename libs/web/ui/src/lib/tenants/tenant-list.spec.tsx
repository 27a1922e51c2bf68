// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderInApp } from '../../test/render';
import { preloadShellIcons } from '../icons/shell-icons';
import { TenantList } from './tenant-list';

const tenants = [
  { id: 'unione-valle-savio', name: 'Unione dei Comuni della Valle del Savio', kind: 'union' },
  {
    id: 'cesena',
    name: 'Comune di Cesena',
    kind: 'municipality',
    istatCode: '040007',
    province: 'FC',
    population: 96037,
  },
];

describe('TenantList', () => {
  beforeAll(async () => {
    await preloadShellIcons();
  });

  it('lists every tenant as a link to its page, with what kind of body it is and its figures', () => {
    renderInApp(<TenantList tenants={tenants} pathOf={(id) => `/comuni/${id}`} />);
    const list = screen.getByRole('list', { name: 'Comuni' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(within(items[1] as HTMLElement).getByRole('link', { name: 'Comune di Cesena' })).toHaveAttribute(
      'href',
      '/comuni/cesena',
    );
    expect(items[1]).toHaveTextContent('Comune · Provincia di FC · Codice ISTAT 040007 · 96.037 abitanti');
    expect(items[0]).toHaveTextContent('Unione di comuni');
  });

  it('gives each tenant a heading, so screen reader users can jump between them', () => {
    renderInApp(<TenantList tenants={tenants} pathOf={(id) => `/comuni/${id}`} />, { language: 'en' });
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(
      tenants.map((t) => t.name),
    );
    expect(
      screen.getByText('Municipality · Province of FC · ISTAT code 040007 · 96,037 inhabitants'),
    ).toBeInTheDocument();
  });
});

import { NotFoundPage } from '@facile/web/ui';
import { Route, Routes } from 'react-router';
import { AdminHomePage } from './admin/admin-home-page';
import { AdminLayout } from './admin/admin-layout';
import { OfferingsPage } from './admin/offerings/offerings-page';
import { SitesPage } from './admin/sites/sites-page';
import { DeskLayout } from './desk-layout';
import { HomePage } from './pages/home-page';
import { MunicipalityPage } from './pages/municipality-page';

export const municipalityPath = (tenantId: string) => `/comuni/${encodeURIComponent(tenantId)}`;

export function DeskRoutes() {
  return (
    <Routes>
      <Route element={<DeskLayout />}>
        <Route index element={<HomePage />} />
        <Route path="comuni/:tenantId" element={<MunicipalityPage />} />
        <Route path="admin" element={<AdminLayout />}>
          <Route index element={<AdminHomePage />} />
          <Route path="offerte" element={<OfferingsPage />} />
          <Route path="sedi" element={<SitesPage />} />
        </Route>
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}

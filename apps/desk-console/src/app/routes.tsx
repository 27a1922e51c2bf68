import { NotFoundPage } from '@facile/web/ui';
import { Route, Routes } from 'react-router';
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
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}

import { NotFoundPage } from '@facile/web/ui';
import { Route, Routes } from 'react-router';
import { CitizenLayout } from './citizen-layout';
import { HomePage } from './pages/home-page';
import { MunicipalityPage } from './pages/municipality-page';

export const municipalityPath = (tenantId: string) => `/comuni/${encodeURIComponent(tenantId)}`;

export function CitizenRoutes() {
  return (
    <Routes>
      <Route element={<CitizenLayout />}>
        <Route index element={<HomePage />} />
        <Route path="comuni/:tenantId" element={<MunicipalityPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}

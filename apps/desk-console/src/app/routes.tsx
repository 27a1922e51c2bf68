import { NotFoundPage } from '@facile/web/ui';
import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { AuthCallbackPage, RequireRole } from './auth';
import { DeskLayout } from './desk-layout';
import { StaffHomePage } from './staff/staff-home-page';
import { HomePage } from './pages/home-page';
import { MunicipalityPage } from './pages/municipality-page';

const DisplayPage = lazy(() => import('./display/display-page').then((m) => ({ default: m.DisplayPage })));

export const municipalityPath = (tenantId: string) => `/comuni/${encodeURIComponent(tenantId)}`;

export function DeskRoutes() {
  return (
    <Routes>
      <Route
        path="tabellone/:siteId"
        element={
          <Suspense fallback={null}>
            <DisplayPage />
          </Suspense>
        }
      />
      <Route element={<DeskLayout />}>
        <Route index element={<HomePage />} />
        <Route path="comuni/:tenantId" element={<MunicipalityPage />} />
        <Route path="auth/callback" element={<AuthCallbackPage />} />
        <Route
          path="area-personale"
          element={
            <RequireRole>
              <StaffHomePage />
            </RequireRole>
          }
        />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}

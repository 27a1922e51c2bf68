import { NotFoundPage } from '@facile/web/ui';
import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { AdminHomePage } from './admin/admin-home-page';
import { AdminLayout } from './admin/admin-layout';
import { DeliveriesPage } from './admin/deliveries/deliveries-page';
import { OfferingsPage } from './admin/offerings/offerings-page';
import { SitesPage } from './admin/sites/sites-page';
import { TemplatesPage } from './admin/templates/templates-page';
import { AgendaPage } from './agenda/agenda-page';
import { AuthCallbackPage, RequireAuth, RequireRole } from './auth';
import { CasePage } from './cases/case-page';
import { CasesPage } from './cases/cases-page';
import { CalendarPage } from './admin-union/calendar/calendar-page';
import { CataloguePage } from './admin-union/catalogue/catalogue-page';
import { NewProcedurePage, ProcedurePage } from './admin-union/catalogue/procedure-page';
import { FacilitationPage } from './admin-union/facilitation/facilitation-page';
import { StatisticsPage } from './admin-union/statistics/statistics-page';
import { DeskLayout } from './desk-layout';
import { OperatorHomePage } from './operator/operator-home-page';
import { QueuePage } from './queue/queue-page';
import { HomePage } from './pages/home-page';
import { MunicipalityPage } from './pages/municipality-page';

const DisplayPage = lazy(() => import('./display/display-page').then((m) => ({ default: m.DisplayPage })));
const KioskPage = lazy(() => import('./kiosk/kiosk-page').then((m) => ({ default: m.KioskPage })));
const ADMIN_ROLES = ['tenant-admin', 'union-admin'] as const;
const UNION_ROLES = ['union-admin'] as const;
/** Who may work assistance cases (the cases API's roles). */
const CASE_ROLES = ['operator', 'tenant-admin', 'union-admin'] as const;

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
      <Route
        path="totem/:siteId"
        element={
          <Suspense fallback={null}>
            <KioskPage />
          </Suspense>
        }
      />
      <Route element={<DeskLayout />}>
        <Route index element={<HomePage />} />
        <Route path="comuni/:tenantId" element={<MunicipalityPage />} />
        <Route path="auth/callback" element={<AuthCallbackPage />} />
        <Route element={<RequireAuth />}>
          <Route path="operatore" element={<OperatorHomePage />} />
          <Route path="agenda" element={<AgendaPage />} />
          <Route path="coda" element={<QueuePage />} />
        </Route>
        <Route element={<RequireRole roles={CASE_ROLES} />}>
          <Route path="pratiche" element={<CasesPage />} />
          <Route path="pratiche/:code" element={<CasePage />} />
        </Route>
        <Route element={<RequireRole roles={ADMIN_ROLES} />}>
          <Route path="admin" element={<AdminLayout />}>
            <Route index element={<AdminHomePage />} />
            <Route path="offerte" element={<OfferingsPage />} />
            <Route path="sedi" element={<SitesPage />} />
            <Route path="modelli" element={<TemplatesPage />} />
            <Route path="messaggi" element={<DeliveriesPage />} />
            <Route path="unione" element={<RequireRole roles={UNION_ROLES} />}>
              <Route path="catalogo" element={<CataloguePage />} />
              <Route path="catalogo/nuova" element={<NewProcedurePage />} />
              <Route path="catalogo/:slug" element={<ProcedurePage />} />
              <Route path="calendario" element={<CalendarPage />} />
              <Route path="statistiche" element={<StatisticsPage />} />
              <Route path="facilitazione" element={<FacilitationPage />} />
            </Route>
          </Route>
        </Route>
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}

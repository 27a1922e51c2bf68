import { NotFoundPage } from '@facile/web/ui';
import { Route, Routes } from 'react-router';
import { CalendarPage } from './admin-union/calendar/calendar-page';
import { CataloguePage } from './admin-union/catalogue/catalogue-page';
import { NewProcedurePage, ProcedurePage } from './admin-union/catalogue/procedure-page';
import { FacilitationPage } from './admin-union/facilitation/facilitation-page';
import { StatisticsPage } from './admin-union/statistics/statistics-page';
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
        <Route path="admin/unione/catalogo" element={<CataloguePage />} />
        <Route path="admin/unione/catalogo/nuova" element={<NewProcedurePage />} />
        <Route path="admin/unione/catalogo/:slug" element={<ProcedurePage />} />
        <Route path="admin/unione/calendario" element={<CalendarPage />} />
        <Route path="admin/unione/statistiche" element={<StatisticsPage />} />
        <Route path="admin/unione/facilitazione" element={<FacilitationPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}

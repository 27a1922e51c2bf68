import { LoadingState, NotFoundPage } from '@facile/web/ui';
import { lazy, Suspense, type ReactNode } from 'react';
import { Route, Routes } from 'react-router';
import { CitizenLayout } from './citizen-layout';
import { HomePage } from './pages/home-page';
import { MunicipalityPage } from './pages/municipality-page';

const SessionsPage = lazy(() => import('./sessions/sessions-page').then((m) => ({ default: m.SessionsPage })));
const SessionRegisterPage = lazy(() => import('./sessions/session-register-page').then((m) => ({ default: m.SessionRegisterPage })));
const RegistrationManagePage = lazy(() => import('./sessions/registration-manage-page').then((m) => ({ default: m.RegistrationManagePage })));
const TakeTicketPage = lazy(() => import('./ticket/take-ticket-page').then((m) => ({ default: m.TakeTicketPage })));
const TicketPage = lazy(() => import('./ticket/ticket-page').then((m) => ({ default: m.TicketPage })));
const AssistancePage = lazy(() => import('./assistance/assistance-page').then((m) => ({ default: m.AssistancePage })));
const page = (element: ReactNode) => <Suspense fallback={<LoadingState />}>{element}</Suspense>;

export const municipalityPath = (tenantId: string) => `/comuni/${encodeURIComponent(tenantId)}`;

export function CitizenRoutes() {
  return (
    <Routes>
      <Route element={<CitizenLayout />}>
        <Route index element={<HomePage />} />
        <Route path="comuni/:tenantId" element={<MunicipalityPage />} />
        <Route path="incontri" element={page(<SessionsPage />)} />
        <Route path="incontri/:sessionId" element={page(<SessionRegisterPage />)} />
        <Route path="incontri/:sessionId/iscrizione/:code" element={page(<RegistrationManagePage />)} />
        <Route path="il-mio-numero" element={page(<TakeTicketPage />)} />
        <Route path="il-mio-numero/:siteId/:day/:number" element={page(<TicketPage />)} />
        <Route path="assistenza" element={page(<AssistancePage />)} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}

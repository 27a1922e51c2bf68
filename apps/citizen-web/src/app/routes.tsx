import { NotFoundPage } from '@facile/web/ui';
import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import { CitizenLayout } from './citizen-layout';
import { HomePage } from './pages/home-page';
import { MunicipalityPage } from './pages/municipality-page';

export { paths } from './layout/paths';
export const municipalityPath = (tenantId: string) => `/comuni/${encodeURIComponent(tenantId)}`;

// One chunk per page (React.lazy, the layout's Suspense): the first load carries the shell and the page asked for.
const ServicesPage = lazy(() =>
  import('./services/services-page').then((m) => ({ default: m.ServicesPage })),
);
const ServiceCardPage = lazy(() =>
  import('./service-card/service-card-page').then((m) => ({ default: m.ServiceCardPage })),
);
const BookingPage = lazy(() => import('./booking/booking-page').then((m) => ({ default: m.BookingPage })));
const ManageBookingPage = lazy(() =>
  import('./manage-booking/manage-page').then((m) => ({ default: m.ManageBookingPage })),
);
const ConfirmBookingPage = lazy(() =>
  import('./confirm-booking/confirm-page').then((m) => ({ default: m.ConfirmBookingPage })),
);
const SessionsPage = lazy(() =>
  import('./sessions/sessions-page').then((m) => ({ default: m.SessionsPage })),
);
const SessionRegisterPage = lazy(() =>
  import('./sessions/session-register-page').then((m) => ({ default: m.SessionRegisterPage })),
);
const RegistrationManagePage = lazy(() =>
  import('./sessions/registration-manage-page').then((m) => ({ default: m.RegistrationManagePage })),
);
const TakeTicketPage = lazy(() =>
  import('./ticket/take-ticket-page').then((m) => ({ default: m.TakeTicketPage })),
);
const TicketPage = lazy(() => import('./ticket/ticket-page').then((m) => ({ default: m.TicketPage })));
const AssistancePage = lazy(() =>
  import('./assistance/assistance-page').then((m) => ({ default: m.AssistancePage })),
);

export function CitizenRoutes() {
  return (
    <Routes>
      <Route element={<CitizenLayout />}>
        <Route index element={<HomePage />} />
        <Route path="comuni/:tenantId" element={<MunicipalityPage />} />
        <Route path="servizi" element={<ServicesPage />} />
        <Route path="servizi/:serviceId" element={<ServiceCardPage />} />
        <Route path="comuni/:tenantId/servizi/:serviceId" element={<ServiceCardPage />} />
        <Route path="prenota" element={<BookingPage />} />
        <Route path="prenotazioni/gestisci" element={<ManageBookingPage />} />
        <Route path="prenotazioni/conferma" element={<ConfirmBookingPage />} />
        <Route path="incontri" element={<SessionsPage />} />
        <Route path="incontri/:sessionId" element={<SessionRegisterPage />} />
        <Route path="incontri/:sessionId/iscrizione/:code" element={<RegistrationManagePage />} />
        <Route path="il-mio-numero" element={<TakeTicketPage />} />
        <Route path="il-mio-numero/:siteId/:day/:number" element={<TicketPage />} />
        <Route path="assistenza" element={<AssistancePage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}

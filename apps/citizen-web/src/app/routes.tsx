import { NotFoundPage } from '@facile/web/ui';
import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import { CitizenLayout } from './citizen-layout';
import { HomePage } from './pages/home-page';
import { MunicipalityPage } from './pages/municipality-page';

export { paths } from './layout/paths';
export const municipalityPath = (tenantId: string) => `/comuni/${encodeURIComponent(tenantId)}`;

// One chunk per page (React.lazy): the first load carries the shell and the page asked for only.
const ServicesPage = lazy(() => import('./services/services-page').then((m) => ({ default: m.ServicesPage })));
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
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}

import { LoadingState, NotFoundPage } from '@facile/web/ui';
import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { CitizenLayout } from './citizen-layout';
import { HomePage } from './pages/home-page';
import { MunicipalityPage } from './pages/municipality-page';

const BookingPage = lazy(() => import('./booking/booking-page').then((m) => ({ default: m.BookingPage })));
const ManageBookingPage = lazy(() =>
  import('./manage-booking/manage-page').then((m) => ({ default: m.ManageBookingPage })),
);
const ConfirmBookingPage = lazy(() =>
  import('./confirm-booking/confirm-page').then((m) => ({ default: m.ConfirmBookingPage })),
);

export const municipalityPath = (tenantId: string) => `/comuni/${encodeURIComponent(tenantId)}`;

export function CitizenRoutes() {
  return (
    <Routes>
      <Route element={<CitizenLayout />}>
        <Route index element={<HomePage />} />
        <Route path="comuni/:tenantId" element={<MunicipalityPage />} />
        <Route path="prenota" element={<Suspense fallback={<LoadingState />}><BookingPage /></Suspense>} />
        <Route path="prenotazioni/gestisci" element={<Suspense fallback={<LoadingState />}><ManageBookingPage /></Suspense>} />
        <Route path="prenotazioni/conferma" element={<Suspense fallback={<LoadingState />}><ConfirmBookingPage /></Suspense>} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}

import { ApiClientsProvider, type ApiClients } from '@facile/web/api-client';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { i18n as I18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { CitizenRoutes } from './routes';

export interface AppProps {
  i18n: I18n;
  clients: ApiClients;
  queryClient: QueryClient;
}

/** The citizen web: its languages, its server state and its API clients around its routes. */
export function App({ i18n, clients, queryClient }: AppProps) {
  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <ApiClientsProvider clients={clients}>
          <CitizenRoutes />
        </ApiClientsProvider>
      </QueryClientProvider>
    </I18nextProvider>
  );
}

import { ApiClientsProvider, type ApiClients } from '@facile/web/api-client';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { i18n as I18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import type { UserManager } from 'oidc-client-ts';
import { AuthProvider, UserManagerContext } from './auth';
import { DeskRoutes } from './routes';

export interface AppProps {
  i18n: I18n;
  clients: ApiClients;
  queryClient: QueryClient;
  /** Staff sign-in: the OpenID Connect client and how the API clients report an expired session. */
  auth: { manager: UserManager; expiredSignal: (listener: () => void) => void };
}

/** The desk console: its languages, its server state, its API clients and the staff session around its routes. */
export function App({ i18n, clients, queryClient, auth }: AppProps) {
  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <ApiClientsProvider clients={clients}>
          <UserManagerContext.Provider value={auth.manager}>
            <AuthProvider manager={auth.manager} expiredSignal={auth.expiredSignal}>
              <DeskRoutes />
            </AuthProvider>
          </UserManagerContext.Provider>
        </ApiClientsProvider>
      </QueryClientProvider>
    </I18nextProvider>
  );
}

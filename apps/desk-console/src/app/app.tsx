import { ApiClientsProvider, type ApiClients } from '@facile/web/api-client';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { i18n as I18n } from 'i18next';
import type { UserManager } from 'oidc-client-ts';
import { useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { AuthProvider, createUserManager } from './auth';
import { DeskRoutes } from './routes';

export interface AppProps {
  i18n: I18n;
  clients: ApiClients;
  queryClient: QueryClient;
  /** Staff sign-in (ADR 24); one of its own when not given (tests). */
  userManager?: UserManager;
}

/** The desk console: its languages, its server state and its API clients around its routes. */
export function App({ i18n, clients, queryClient, userManager }: AppProps) {
  const [manager] = useState(() => userManager ?? createUserManager());
  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <ApiClientsProvider clients={clients}>
          <AuthProvider manager={manager}>
            <DeskRoutes />
          </AuthProvider>
        </ApiClientsProvider>
      </QueryClientProvider>
    </I18nextProvider>
  );
}

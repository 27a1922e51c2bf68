import { createContext, useContext, type ReactNode } from 'react';
import type { ApiClients } from './clients';

const ApiClientsContext = createContext<ApiClients | null>(null);

/** Makes the app's API clients available to every query hook below it. */
export function ApiClientsProvider({ clients, children }: { clients: ApiClients; children: ReactNode }) {
  return <ApiClientsContext.Provider value={clients}>{children}</ApiClientsContext.Provider>;
}

export function useApiClients(): ApiClients {
  const clients = useContext(ApiClientsContext);
  if (!clients) throw new Error('useApiClients() needs an <ApiClientsProvider> above it');
  return clients;
}

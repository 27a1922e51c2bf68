export {
  ApiProblem,
  NETWORK_STATUS,
  problemFrom,
  unwrap,
  type FieldProblem,
  type ProblemDetails,
} from './lib/api-problem';
export { ApiClientsProvider, useApiClients } from './lib/api-clients-context';
export { createApiClients, type ApiClientOptions, type ApiClients } from './lib/clients';
export { createQueryClient } from './lib/query-client';
export { tenantsQuery, useTenants, type Tenant, type TenantsAnswer } from './lib/catalogue/tenants';
export type * as AssistanceApi from './generated/assistance';
export type * as CatalogueApi from './generated/catalogue';
export type * as NotificationsApi from './generated/notifications';
export type * as SchedulingApi from './generated/scheduling';

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
export { useAssistanceTopics } from './lib/assistance/topics';
export * as AssistanceApi from './generated/assistance';
export * as CatalogueApi from './generated/catalogue';
export * as NotificationsApi from './generated/notifications';
export * as SchedulingApi from './generated/scheduling';

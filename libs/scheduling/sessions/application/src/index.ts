import { CancelSessionUseCase } from './lib/cancel-session/cancel-session.use-case';
import { CreateSessionUseCase } from './lib/create-session/create-session.use-case';
import { ListRegistrationsUseCase } from './lib/list-registrations/list-registrations.use-case';
import { ListSessionsUseCase } from './lib/list-sessions/list-sessions.use-case';
import { ManageRegistrationUseCase } from './lib/manage-registration/manage-registration.use-case';
import { RegisterForSessionUseCase } from './lib/register/register.use-case';

export * from './lib/ports/session.store';
export { CreateSessionUseCase } from './lib/create-session/create-session.use-case';
export { ListSessionsUseCase } from './lib/list-sessions/list-sessions.use-case';
export { RegisterForSessionUseCase } from './lib/register/register.use-case';
export { ManageRegistrationUseCase } from './lib/manage-registration/manage-registration.use-case';
export { CancelSessionUseCase } from './lib/cancel-session/cancel-session.use-case';
export { ListRegistrationsUseCase } from './lib/list-registrations/list-registrations.use-case';

/** The group-session use cases (the sessions module provides them with its adapters). */
export const sessionUseCases = [
  CreateSessionUseCase,
  ListSessionsUseCase,
  RegisterForSessionUseCase,
  ManageRegistrationUseCase,
  CancelSessionUseCase,
  ListRegistrationsUseCase,
];

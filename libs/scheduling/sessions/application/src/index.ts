import { CancelSessionUseCase } from './cancel-session/cancel-session.use-case';
import { CreateSessionUseCase } from './create-session/create-session.use-case';
import { ListRegistrationsUseCase } from './list-registrations/list-registrations.use-case';
import { ListSessionsUseCase } from './list-sessions/list-sessions.use-case';
import { ManageRegistrationUseCase } from './manage-registration/manage-registration.use-case';
import { RegisterForSessionUseCase } from './register/register.use-case';

export * from './session.store';
export * from './session-response';
export * from './create-session/create-session.use-case';
export * from './list-sessions/list-sessions.use-case';
export * from './register/register.use-case';
export * from './manage-registration/manage-registration.use-case';
export * from './cancel-session/cancel-session.use-case';
export * from './list-registrations/list-registrations.use-case';

/** The group-session use cases (the infrastructure module provides them with its adapters). */
export const sessionUseCases = [
  CreateSessionUseCase,
  ListSessionsUseCase,
  RegisterForSessionUseCase,
  ManageRegistrationUseCase,
  CancelSessionUseCase,
  ListRegistrationsUseCase,
];

import { Provider } from '@nestjs/common';
import { SessionStore, sessionUseCases } from '@facile/scheduling/application';
import { TypeOrmSessionStore } from './typeorm-session.store';

/** Adapters and use cases of group sessions (added to the scheduling infrastructure module). */
export function sessionsProviders(): Provider[] {
  return [{ provide: SessionStore, useClass: TypeOrmSessionStore }, ...sessionUseCases];
}

/** What the HTTP layer needs from them. */
export const sessionsExports = [...sessionUseCases];

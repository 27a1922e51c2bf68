import { DynamicModule, Module } from '@nestjs/common';
import { lookupLimit } from '@facile/platform/persistence';
import { SessionStore, sessionUseCases } from '@facile/scheduling/sessions-application';
import { SessionsController } from './http/sessions.controller';
import { TypeOrmSessionStore } from './typeorm-session.store';

export interface SessionsModuleOptions {
  /** Lookups of a registration by code per client and minute (the same Redis bucket as the booking lookups). */
  lookupLimitPerMinute: number;
}

/** The controllers of group sessions so the OpenAPI document can be made from them. */
export const SESSIONS_CONTROLLERS = [SessionsController];

/**
 * The group-sessions slice: its use cases, its PostgreSQL store and its HTTP surface. It uses only the port
 * the scheduling core publishes for it (Clock).
 */
@Module({})
export class SchedulingSessionsModule {
  static forRoot(options: SessionsModuleOptions): DynamicModule {
    return {
      module: SchedulingSessionsModule,
      controllers: SESSIONS_CONTROLLERS,
      providers: [
        { provide: SessionStore, useClass: TypeOrmSessionStore },
        lookupLimit('booking-lookup', options.lookupLimitPerMinute),
        ...sessionUseCases,
      ],
    };
  }
}

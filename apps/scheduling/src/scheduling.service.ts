import { getDataSourceToken } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ServiceDefinition } from '@facile/platform/bootstrap';
import { SCHEDULING_API_TAGS, SchedulingApiModule } from '@facile/scheduling/api';
import {
  schedulingEntities,
  schedulingMigrations,
  SchedulingInfrastructureModule,
  seedSchedulingSites,
} from '@facile/scheduling/infrastructure';
import { SchedulingQueueModule } from '@facile/scheduling/queue-infrastructure';
import { SchedulingSessionsModule } from '@facile/scheduling/sessions-infrastructure';
import { RebuildStatistics, SchedulingStatisticsModule } from '@facile/scheduling/statistics-infrastructure';
import { SchedulingConfig } from './scheduling.config';

/** Composition root of the scheduling service. */
export const schedulingService: ServiceDefinition<SchedulingConfig> = {
  service: 'scheduling',
  schema: 'scheduling',
  root: 'scheduling',
  title: 'Sportello FACILE — scheduling',
  description:
    'Sites, opening hours, availability, bookings, group sessions and walk-in queues of the whole network.',
  version: '1.0.0',
  tags: SCHEDULING_API_TAGS,
  configClass: SchedulingConfig,
  entities: schedulingEntities,
  migrations: schedulingMigrations,
  // The booking core (its adapters and its API) and the feature slices side by side (ADR 0028).
  modules: (config) => [
    SchedulingInfrastructureModule.forRoot({
      holdTtlSeconds: config.HOLD_TTL_SECONDS,
      availabilityCacheMs: config.AVAILABILITY_CACHE_MS,
      referenceCacheMs: config.REFERENCE_CACHE_MS,
      slotLimits: {
        holdsPerClient: {
          points: config.HOLDS_PER_CLIENT,
          windowSeconds: config.HOLDS_PER_CLIENT_WINDOW_SECONDS,
        },
        openHoldsPerClient: config.OPEN_HOLDS_PER_CLIENT,
        bookingsPerClient: {
          points: config.BOOKINGS_PER_CLIENT,
          windowSeconds: config.BOOKINGS_PER_CLIENT_WINDOW_SECONDS,
        },
        bookingsPerContact: {
          points: config.BOOKINGS_PER_CONTACT,
          windowSeconds: config.BOOKINGS_PER_CONTACT_WINDOW_SECONDS,
        },
        exemptClients: config.SLOT_LIMIT_EXEMPT_CLIENTS.split(','),
      },
      linkSecret: config.LINK_SECRET,
      pendingSweepMs: config.PENDING_SWEEP_MS,
    }),
    SchedulingApiModule.forRoot({ lookupLimitPerMinute: config.LOOKUP_RATE_LIMIT_PER_MINUTE }),
    SchedulingStatisticsModule.forRoot({ cacheMs: config.STATISTICS_CACHE_MS }),
    SchedulingSessionsModule.forRoot({ lookupLimitPerMinute: config.LOOKUP_RATE_LIMIT_PER_MINUTE }),
    SchedulingQueueModule.forRoot({
      queueMaxCalls: config.QUEUE_MAX_CALLS,
      lookupLimitPerMinute: config.LOOKUP_RATE_LIMIT_PER_MINUTE,
    }),
  ],
  consumesEvents: true,
  seed: async (app) => {
    await seedSchedulingSites(app.get<DataSource>(getDataSourceToken()));
  },
  commands: {
    /** Recomputes the statistics read models from the event history (ADR 0011). */
    'rebuild-statistics': async (app) => {
      const { events, skipped } = await app.get(RebuildStatistics).execute();
      process.stdout.write(
        `scheduling: statistics rebuilt from ${events} event(s)${skipped ? `, ${skipped} invalid skipped` : ''}\n`,
      );
    },
  },
};

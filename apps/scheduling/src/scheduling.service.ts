import { getDataSourceToken } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ServiceDefinition } from '@facile/platform/bootstrap';
import { SchedulingApiModule } from '@facile/scheduling/api';
import { RebuildStatistics, schedulingEntities, schedulingMigrations, SchedulingInfrastructureModule, seedSchedulingSites } from '@facile/scheduling/infrastructure';
import { SchedulingConfig } from './scheduling.config';

/** Composition root of the scheduling service. */
export const schedulingService: ServiceDefinition<SchedulingConfig> = {
  service: 'scheduling',
  schema: 'scheduling',
  root: 'scheduling',
  title: 'Sportello FACILE — scheduling',
  description: 'Sites, opening hours, availability, bookings, group sessions and walk-in queues of the whole network.',
  version: '1.0.0',
  tags: [
    { name: 'sites', description: 'Desks of the network, their opening hours, closures and per-procedure offerings' },
    { name: 'availability', description: 'Free slots per procedure, municipality and site, in Europe/Rome time' },
    { name: 'bookings', description: 'Holds and appointments: booked, read, rescheduled and cancelled with the manage token, or by staff' },
    { name: 'operators', description: "A site's agenda for the operators who staff it" },
    { name: 'sessions', description: 'Group sessions with seats, registrations and a waiting list' },
    { name: 'queue', description: 'Walk-in tickets, the call board (also as server-sent events) and calling the next ticket' },
    { name: 'shared calendar', description: 'Rotations of shared staff and equipment between the sites of the Union' },
    { name: 'statistics', description: 'Network statistics (bookings, no-shows, walk-in waits, capacity, group sessions, cross-municipality flows) as JSON or CSV' },
  ],
  configClass: SchedulingConfig,
  entities: schedulingEntities,
  migrations: schedulingMigrations,
  modules: (config) => [
    SchedulingApiModule.with(SchedulingInfrastructureModule.forRoot({ holdTtlSeconds: config.HOLD_TTL_SECONDS, availabilityCacheMs: config.AVAILABILITY_CACHE_MS, statisticsCacheMs: config.STATISTICS_CACHE_MS, queueMaxCalls: config.QUEUE_MAX_CALLS }), {
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
      process.stdout.write(`scheduling: statistics rebuilt from ${events} event(s)${skipped ? `, ${skipped} invalid skipped` : ''}\n`);
    },
  },
};

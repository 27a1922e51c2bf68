import { ServiceDefinition } from '@facile/platform/bootstrap';
import { schedulingEntities, schedulingMigrations, SchedulingInfrastructureModule } from '@facile/scheduling/infrastructure';
import { SchedulingConfig } from './scheduling.config';

/** Composition root of the scheduling service. */
export const schedulingService: ServiceDefinition<SchedulingConfig> = {
  service: 'scheduling',
  schema: 'scheduling',
  root: 'scheduling',
  title: 'Sportello FACILE — scheduling',
  description: 'Sites, opening hours, availability, bookings, group sessions and walk-in queues of the whole network.',
  version: '1.0.0',
  configClass: SchedulingConfig,
  entities: schedulingEntities,
  migrations: schedulingMigrations,
  modules: () => [{ module: SchedulingInfrastructureModule }],
  consumesEvents: true,
};

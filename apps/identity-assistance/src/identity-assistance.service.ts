import { AssistanceApiModule } from '@facile/assistance/api';
import {
  assistanceEntities,
  assistanceMigrations,
  AssistanceInfrastructureModule,
} from '@facile/assistance/infrastructure';
import { ServiceDefinition } from '@facile/platform/bootstrap';
import { AssistanceConfig } from './identity-assistance.config';

/** Composition root of the identity-assistance (Digitale Facile) service. */
export const assistanceService: ServiceDefinition<AssistanceConfig> = {
  service: 'identity-assistance',
  schema: 'assistance',
  root: 'assistance',
  title: 'Sportello FACILE — identity assistance',
  description:
    'Digitale Facile cases for SPID, CIE, digital domicile and online services, with facilitation reports.',
  version: '1.0.0',
  tags: [
    {
      name: 'topics',
      description:
        'What the Digitale Facile desk helps with (SPID, CIE, digital domicile, online services), with prerequisites per municipality',
    },
    {
      name: 'cases',
      description:
        "A citizen's assistance case: opened with a checklist, read and cancelled with the manage token, moved along its lifecycle by staff",
    },
    {
      name: 'reports',
      description: 'Anonymised facilitation counts for the regional and PNRR monitoring (JSON or CSV)',
    },
  ],
  configClass: AssistanceConfig,
  entities: assistanceEntities,
  migrations: assistanceMigrations,
  modules: (config) => [
    AssistanceApiModule.with(
      AssistanceInfrastructureModule.forRoot({
        retentionDays: config.ASSISTANCE_RETENTION_DAYS,
        purgeIntervalMinutes: config.ASSISTANCE_PURGE_INTERVAL_MINUTES,
      }),
      { lookupLimitPerMinute: config.LOOKUP_RATE_LIMIT_PER_MINUTE },
    ),
  ],
  consumesEvents: true,
};

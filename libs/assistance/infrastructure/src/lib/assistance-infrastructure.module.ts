import { DynamicModule, Module } from '@nestjs/common';
import { assistanceUseCases, CaseStore, RETENTION_DAYS, TopicCatalog } from '@facile/assistance/application';
import { JsonTopicCatalog } from './json-topic.catalog';
import { PURGE_INTERVAL_MINUTES, PurgeScheduler } from './purge.scheduler';
import { SchedulingEventsHandler } from './scheduling-events.handler';
import { TypeOrmCaseStore } from './typeorm-case.store';

export interface AssistanceInfrastructureOptions {
  retentionDays: number;
  /** 0 turns the scheduled purge off. */
  purgeIntervalMinutes: number;
}

/** Adapters (PostgreSQL, the topics file), the use cases, the scheduling events consumer and the purge job. */
@Module({})
export class AssistanceInfrastructureModule {
  static forRoot(options: AssistanceInfrastructureOptions): DynamicModule {
    return {
      module: AssistanceInfrastructureModule,
      controllers: [SchedulingEventsHandler],
      providers: [
        TypeOrmCaseStore,
        { provide: CaseStore, useExisting: TypeOrmCaseStore },
        { provide: TopicCatalog, useFactory: () => new JsonTopicCatalog() },
        { provide: RETENTION_DAYS, useValue: options.retentionDays },
        { provide: PURGE_INTERVAL_MINUTES, useValue: options.purgeIntervalMinutes },
        PurgeScheduler,
        ...assistanceUseCases,
      ],
      exports: [TopicCatalog, ...assistanceUseCases],
    };
  }
}

import { DynamicModule, Module } from '@nestjs/common';
import {
  GetStatisticsUseCase,
  StatisticsCache,
  StatisticsReader,
} from '@facile/scheduling/statistics-application';
import { StatisticsController } from './http/statistics.controller';
import { RebuildStatistics } from './statistics-rebuild';
import { StatisticsEventsHandler } from './statistics-events.handler';
import { StatisticsProjection } from './statistics-projection';
import { TypeOrmStatisticsReader } from './typeorm-statistics.reader';

export interface StatisticsModuleOptions {
  /** Identical statistics requests share one answer for this long (0 = off). */
  cacheMs?: number;
}

/** The controllers of the statistics so the OpenAPI document can be made from them. */
export const STATISTICS_CONTROLLERS = [StatisticsController];

/**
 * The statistics slice (ADR 0011): the projection fed by scheduling's own events, its rebuild from the event
 * history, the reader of the read models, the use case and its HTTP surface. It uses only the ports the
 * scheduling core publishes (SchedulingReader, HolidaySource).
 */
@Module({})
export class SchedulingStatisticsModule {
  static forRoot(options: StatisticsModuleOptions): DynamicModule {
    return {
      module: SchedulingStatisticsModule,
      // the events consumer is a (Kafka) controller too
      controllers: [...STATISTICS_CONTROLLERS, StatisticsEventsHandler],
      providers: [
        { provide: StatisticsCache, useValue: new StatisticsCache(options.cacheMs ?? 0) },
        { provide: StatisticsReader, useClass: TypeOrmStatisticsReader },
        { provide: StatisticsProjection, useValue: new StatisticsProjection() },
        RebuildStatistics,
        GetStatisticsUseCase,
      ],
      exports: [RebuildStatistics],
    };
  }
}

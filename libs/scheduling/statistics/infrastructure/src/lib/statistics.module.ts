import { GetStatisticsUseCase, StatisticsCache, StatisticsReader } from '@facile/scheduling/application';
import { RebuildStatistics } from './statistics-rebuild';
import { StatisticsEventsHandler } from './statistics-events.handler';
import { StatisticsProjection } from './statistics-projection';
import { TypeOrmStatisticsReader } from './typeorm-statistics.reader';

/** What the statistics add to the infrastructure module (ADR 0011); answers are shared for `cacheMs`. */
export const statisticsProviders = (cacheMs: number) => [
  { provide: StatisticsCache, useValue: new StatisticsCache(cacheMs) },
  { provide: StatisticsReader, useClass: TypeOrmStatisticsReader },
  { provide: StatisticsProjection, useValue: new StatisticsProjection() },
  RebuildStatistics,
  GetStatisticsUseCase,
];
export const statisticsExports = [GetStatisticsUseCase, RebuildStatistics];
export const statisticsControllers = [StatisticsEventsHandler];

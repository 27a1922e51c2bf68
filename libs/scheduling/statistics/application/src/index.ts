export * from './lib/ports/statistics.reader';
export { GetStatisticsUseCase } from './lib/get-statistics/get-statistics.use-case';
export { StatisticsCache } from './lib/get-statistics/statistics.cache';
export { flowsCsv, statisticsCsv } from './lib/statistics-csv';

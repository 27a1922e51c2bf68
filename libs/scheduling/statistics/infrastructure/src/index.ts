export * from './lib/statistics.module';
export { RebuildStatistics } from './lib/statistics-rebuild';

export * from './lib/trace-context';
export * from './lib/mask-personal-data';
export * from './lib/metrics';
export * from './lib/logger';
export * from './lib/observability.module';

export * from './lib/data-source-options';
export * from './lib/ensure-database';
export * from './lib/tenant-transaction';
export * from './lib/tenant-scoped.repository';
export * from './lib/rls.migration-helpers';
export * from './lib/redis.provider';
export * from './lib/rate-limiter';
export * from './lib/returning';

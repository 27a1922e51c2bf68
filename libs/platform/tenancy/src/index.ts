export * from './lib/tenant-id';
export * from './lib/tenant-registry';
export * from './lib/tenant-context';
export * from './lib/tenancy.module';

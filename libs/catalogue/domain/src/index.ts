export * from './lib/service-card';

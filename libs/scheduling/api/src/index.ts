export * from './lib/scheduling-api.module';

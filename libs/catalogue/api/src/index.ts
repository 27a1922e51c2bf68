export * from './lib/catalogue-api.module';

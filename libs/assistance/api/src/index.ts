export * from './lib/assistance-api.module';

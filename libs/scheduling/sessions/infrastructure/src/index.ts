export * from './lib/sessions.module';

export * from './lib/procedure';

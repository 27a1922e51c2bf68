export * from './lib/registration';

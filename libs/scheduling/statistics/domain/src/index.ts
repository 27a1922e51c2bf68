export * from './lib/histogram';
export * from './lib/contributions';

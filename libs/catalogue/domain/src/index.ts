export * from './lib/service-card';
export * from './lib/search-terms';
export * from './lib/cpsv';

export * from './lib/procedure';
export * from './lib/opening-hours';
export * from './lib/holidays';
export * from './lib/slots';
export * from './lib/booking-status';
export * from './lib/rotation';
export * from './lib/zone-time';
export * from './lib/statistics/histogram';

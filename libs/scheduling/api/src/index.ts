export * from './lib/scheduling-api.module';
export * from './lib/booking-calendar';

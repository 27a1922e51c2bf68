export * from './lib/scheduling-api.module';
export { SCHEDULING_API_TAGS } from './lib/openapi/api-tags';
export { BookingMetrics } from './lib/booking-outcome.interceptor';

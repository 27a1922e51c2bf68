export * from './lib/delivery-policy';
export * from './lib/reminder-policy';
export * from './lib/app-io-content';
export * from './lib/booking-message-rules';
export * from './lib/local-time';

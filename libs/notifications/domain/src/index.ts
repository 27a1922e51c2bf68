export * from './lib/delivery-policy';
export * from './lib/reminder-policy';

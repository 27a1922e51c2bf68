export * from './lib/ticket-number';
export * from './lib/wait-estimate';
export * from './lib/next-in-line';
export * from './lib/ticket-events';

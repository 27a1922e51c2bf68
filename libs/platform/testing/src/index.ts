export * from './lib/test-env';
export * from './lib/kafka-test-topics';
export * from './lib/wait-for';
export * from './lib/test-service';
export * from './lib/staff-token';
export * from './lib/schema-drift';
export * from './lib/mail-sink';
export * from './lib/openapi-contract';

import 'reflect-metadata';
export * from './lib/secret.decorator';
export * from './lib/load-config';
export * from './lib/kafka-security-config';
export * from './lib/monitoring-config';
export * from './lib/platform-config';
export * from './lib/refused-in-production';
export * from './lib/staff-tokens';

export * from './lib/service-definition';
export * from './lib/platform.module';
export * from './lib/create-service-app';
export * from './lib/run-service';
export * from './lib/health.controller';
export * from './lib/cors';
export * from './lib/dependency-health';

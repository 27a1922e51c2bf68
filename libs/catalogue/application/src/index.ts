export * from './lib/ports/service-card.store';
export * from './lib/create-service/create-service.command';
export * from './lib/create-service/create-service.use-case';
export * from './lib/publish-service/publish-service.use-case';

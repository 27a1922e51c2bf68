export * from './lib/principal';
export * from './lib/auth-errors';
export * from './lib/claims';
export * from './lib/dev-token';
export * from './lib/token-verifier';
export * from './lib/auth.decorators';
export * from './lib/auth.guard';
export * from './lib/auth.module';

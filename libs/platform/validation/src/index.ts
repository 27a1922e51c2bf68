export * from './lib/fiscal-code';
export * from './lib/is-fiscal-code.decorator';
export * from './lib/manage-token';
export * from './lib/contact-identity';
export * from './lib/link-tokens';
export * from './lib/credential-text';

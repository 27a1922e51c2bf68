export * from './lib/migrations';
export * from './lib/assistance-infrastructure.module';

export const assistanceEntities: (new () => object)[] = [];

export * from './lib/topic';
export * from './lib/case-lifecycle';
export * from './lib/checklist';
export * from './lib/credentials';

import { CaseTransitionRecord } from './lib/records/case-transition.record';
import { CaseRecord } from './lib/records/case.record';
import { FacilitationRecord } from './lib/records/facilitation.record';

export * from './lib/migrations';
export * from './lib/records/case.record';
export * from './lib/records/case-transition.record';
export * from './lib/records/facilitation.record';
export * from './lib/json-topic.catalog';
export * from './lib/assistance-infrastructure.module';

export const assistanceEntities: (new () => object)[] = [
  CaseRecord,
  CaseTransitionRecord,
  FacilitationRecord,
];

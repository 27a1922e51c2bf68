export * from './lib/procedure.record';
export * from './lib/migrations';
export * from './lib/procedure-projection';
export * from './lib/catalogue-events.handler';
export * from './lib/scheduling-infrastructure.module';

import { ProcedureRecord } from './lib/procedure.record';
export const schedulingEntities = [ProcedureRecord];

import { FacilitationReportUseCase } from './lib/facilitation-report/facilitation-report.use-case';
import { ListCasesUseCase } from './lib/list-cases/list-cases.use-case';
import { OpenCaseUseCase } from './lib/open-case/open-case.use-case';
import { PurgePersonalDataUseCase } from './lib/purge-personal-data/purge-personal-data.use-case';
import { ReadCaseUseCase } from './lib/read-case/read-case.use-case';
import { TransitionCaseUseCase } from './lib/transition-case/transition-case.use-case';

export * from './lib/ports/case.store';
export * from './lib/ports/topic.catalog';
export * from './lib/access';
export * from './lib/case-view';
export * from './lib/open-case/open-case.command';
export * from './lib/open-case/open-case.use-case';
export * from './lib/read-case/read-case.use-case';
export * from './lib/transition-case/transition-case.use-case';
export * from './lib/list-cases/list-cases.use-case';
export * from './lib/facilitation-report/facilitation-report.use-case';
export * from './lib/facilitation-report/report-csv';
export * from './lib/purge-personal-data/purge-personal-data.use-case';

export const assistanceUseCases = [
  OpenCaseUseCase,
  ReadCaseUseCase,
  TransitionCaseUseCase,
  ListCasesUseCase,
  FacilitationReportUseCase,
  PurgePersonalDataUseCase,
];

import { DynamicModule, Module } from '@nestjs/common';
import { CasesController } from './cases.controller';
import { LOOKUP_LIMIT_PER_MINUTE, LookupLimit } from './lookup-limit';
import { ReportsController } from './reports.controller';
import { TopicsController } from './topics.controller';

export interface AssistanceApiOptions {
  lookupLimitPerMinute: number;
}

/** HTTP surface of identity assistance. The app passes the module that provides the use cases (infrastructure). */
@Module({})
export class AssistanceApiModule {
  static with(provider: DynamicModule, options: AssistanceApiOptions): DynamicModule {
    return {
      module: AssistanceApiModule,
      imports: [provider],
      controllers: [TopicsController, CasesController, ReportsController],
      providers: [{ provide: LOOKUP_LIMIT_PER_MINUTE, useValue: options.lookupLimitPerMinute }, LookupLimit],
    };
  }
}

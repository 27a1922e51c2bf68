import { DynamicModule, Module } from '@nestjs/common';
import { CasesController } from './cases.controller';
import { ReportsController } from './reports.controller';
import { TopicsController } from './topics.controller';
import { lookupLimit } from '@facile/platform/persistence';

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
      providers: [lookupLimit('case-lookup', options.lookupLimitPerMinute)],
    };
  }
}

import { DynamicModule, Global, Module } from '@nestjs/common';
import { TenantRegistry } from './tenant-registry';

@Global()
@Module({})
export class TenancyModule {
  static forRoot(tenantsFile?: string): DynamicModule {
    return {
      module: TenancyModule,
      providers: [{ provide: TenantRegistry, useFactory: () => TenantRegistry.fromFile(tenantsFile) }],
      exports: [TenantRegistry],
    };
  }
}

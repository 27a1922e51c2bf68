import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Public } from '@facile/platform/auth';
import { ApiProblems } from '@facile/platform/http';
import { TenantRegistry } from '@facile/platform/tenancy';
import { TenantListResponse, TenantResponse } from './tenant.response';

@ApiTags('tenants')
@Public()
@Controller('catalogue/v1/tenants')
export class TenantsController {
  constructor(private readonly tenants: TenantRegistry) {}

  @Get()
  @ApiOperation({
    operationId: 'listTenants',
    summary: 'The Union and its municipalities (configuration, not code)',
  })
  @ApiOkResponse({ type: TenantListResponse })
  @ApiProblems([400, 'The request is malformed (a body that is not valid JSON)'])
  list() {
    return { items: this.tenants.list().map((t) => this.view(t.id)) };
  }

  @Get(':tenant')
  @ApiOperation({ operationId: 'getTenant', summary: 'One municipality (or the Union)' })
  @ApiParam({ name: 'tenant', example: 'cesena', description: 'A tenant id of GET /catalogue/v1/tenants' })
  @ApiOkResponse({ type: TenantResponse })
  @ApiProblems([404, 'Unknown municipality'])
  get(@Param('tenant') tenant: string): TenantResponse {
    return this.view(tenant);
  }

  private view(id: string): TenantResponse {
    const t = this.tenants.get(id);
    return {
      id: t.id,
      name: t.name,
      kind: t.kind,
      istatCode: t.istatCode,
      province: t.province,
      population: t.population,
    };
  }
}

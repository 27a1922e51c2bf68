import { Controller, Get, Param } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '@facile/platform/auth';
import { TenantRegistry } from '@facile/platform/tenancy';

@ApiTags('tenants')
@Public()
@Controller('catalogue/v1/tenants')
export class TenantsController {
  constructor(private readonly tenants: TenantRegistry) {}

  @Get()
  @ApiOperation({ summary: 'The Union and its municipalities (configuration, not code)' })
  @ApiOkResponse({ description: '{ items: [{ id, name, kind, istatCode?, ... }] }' })
  list() {
    return { items: this.tenants.list().map((t) => this.view(t.id)) };
  }

  @Get(':tenant')
  @ApiOperation({ summary: 'One municipality (or the Union)' })
  @ApiOkResponse({ description: '{ id, name, kind, istatCode?, province?, population? }' })
  @ApiNotFoundResponse({ description: 'Unknown municipality' })
  get(@Param('tenant') tenant: string) {
    return this.view(tenant);
  }

  private view(id: string) {
    const t = this.tenants.get(id);
    return { id: t.id, name: t.name, kind: t.kind, istatCode: t.istatCode, province: t.province, population: t.population };
  }
}

import { Body, Controller, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { SetOfferingUseCase } from '@facile/catalogue/application';
import { canAdministerTenant, CurrentPrincipal, Principal, Roles } from '@facile/platform/auth';
import { ForbiddenError } from '@facile/platform/errors';
import { ApiProblems } from '@facile/platform/http';
import { TenantRegistry } from '@facile/platform/tenancy';
import { OfferingDto, TenantOfferingParams } from './offering.dto';
import { ServiceCardResponse } from './service.response';

@ApiTags('offerings')
@Controller('catalogue/v1/tenants/:tenant/offerings')
export class OfferingsController {
  constructor(
    private readonly setOffering: SetOfferingUseCase,
    private readonly tenants: TenantRegistry,
  ) {}

  @Put(':slug')
  @Roles('tenant-admin', 'union-admin')
  @ApiBearerAuth('staff')
  @ApiOperation({
    operationId: 'setOffering',
    summary:
      "Set a municipality's offering of a procedure; emits catalogue.offering.changed with the full card",
  })
  @ApiOkResponse({ type: ServiceCardResponse, description: 'The card with its offerings' })
  @ApiProblems(
    400,
    401,
    [403, "Another municipality's offering, or the Union's (offerings belong to municipalities)"],
    [404, 'Unknown municipality or procedure'],
    [409, 'Changed meanwhile by somebody else (`concurrent-change`): reload and retry'],
    503,
  )
  put(
    @Param() params: TenantOfferingParams,
    @Body() dto: OfferingDto,
    @CurrentPrincipal() principal?: Principal,
  ) {
    const tenant = this.tenants.require(params.tenant);
    if (this.tenants.get(tenant).kind !== 'municipality')
      throw new ForbiddenError('Offerings belong to municipalities');
    if (!principal || !canAdministerTenant(principal, tenant))
      throw new ForbiddenError(`You may not change the offerings of '${tenant}'`);
    return this.setOffering.execute(params.slug, {
      tenant,
      enabled: dto.enabled,
      feeCents: dto.feeCents,
      onlineUrl: dto.onlineUrl ?? null,
      notes: dto.notes ?? null,
      durationMinutes: dto.durationMinutes ?? null,
    });
  }
}

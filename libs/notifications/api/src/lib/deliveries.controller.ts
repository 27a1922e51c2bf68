import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DeliveryView, ListDeliveriesUseCase } from '@facile/notifications/application';
import { CurrentPrincipal, Principal, Roles } from '@facile/platform/auth';
import { DeliveriesQuery, DeliveryDto, DeliveryIdParams } from './dto/deliveries.dto';

@ApiTags('deliveries')
@ApiBearerAuth('staff')
@Controller('notifications/v1/deliveries')
export class DeliveriesController {
  constructor(private readonly deliveries: ListDeliveriesUseCase) {}

  @Get()
  @Roles('tenant-admin', 'union-admin')
  @ApiOperation({
    summary: 'The delivery log (tenant admins: their municipalities only), newest first, at most 200',
  })
  @ApiOkResponse({ type: DeliveryDto, isArray: true })
  list(@Query() q: DeliveriesQuery, @CurrentPrincipal() principal: Principal): Promise<DeliveryView[]> {
    return this.deliveries.list(q, principal);
  }

  @Get(':id')
  @Roles('tenant-admin', 'union-admin')
  @ApiOperation({ summary: 'One delivery' })
  @ApiOkResponse({ type: DeliveryDto })
  get(@Param() p: DeliveryIdParams, @CurrentPrincipal() principal: Principal): Promise<DeliveryView> {
    return this.deliveries.get(p.id, principal);
  }
}

import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DeliveryView, ListDeliveriesUseCase } from '@facile/notifications/application';
import { CurrentPrincipal, Principal, Roles } from '@facile/platform/auth';
import { ApiProblems } from '@facile/platform/http';
import { DeliveriesQuery, DeliveryIdParams } from './dto/deliveries.dto';
import { DeliveryResponse } from './dto/delivery.response';

@ApiTags('deliveries')
@ApiBearerAuth('staff')
@Controller('notifications/v1/deliveries')
export class DeliveriesController {
  constructor(private readonly deliveries: ListDeliveriesUseCase) {}

  @Get()
  @Roles('tenant-admin', 'union-admin')
  @ApiOperation({
    operationId: 'listDeliveries',
    summary: 'The delivery log (tenant admins: their municipalities only), newest first, at most 200',
  })
  @ApiOkResponse({ type: [DeliveryResponse] })
  @ApiProblems(400, 401, [403, "Operators, or another municipality's log"], 503)
  list(@Query() q: DeliveriesQuery, @CurrentPrincipal() principal: Principal): Promise<DeliveryView[]> {
    return this.deliveries.list(q, principal);
  }

  @Get(':id')
  @Roles('tenant-admin', 'union-admin')
  @ApiOperation({ operationId: 'getDelivery', summary: 'One delivery' })
  @ApiOkResponse({ type: DeliveryResponse })
  @ApiProblems(400, 401, [403, 'Operators'], [404, "Unknown delivery, or another municipality's"], 503)
  get(@Param() p: DeliveryIdParams, @CurrentPrincipal() principal: Principal): Promise<DeliveryView> {
    return this.deliveries.get(p.id, principal);
  }
}

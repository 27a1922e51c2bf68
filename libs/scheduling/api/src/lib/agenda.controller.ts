import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '@facile/platform/http';
import { GetAgendaUseCase } from '@facile/scheduling/application';
import { CurrentPrincipal, Principal, Roles } from '@facile/platform/auth';
import { AgendaQuery } from './dto/queries.dto';
import { AgendaResponse } from './dto/booking.response';
import { SCHEDULING_TAGS } from './openapi/api-tags';

@ApiTags(SCHEDULING_TAGS.operators)
@Controller('scheduling/v1/agenda')
export class AgendaController {
  constructor(private readonly agenda: GetAgendaUseCase) {}

  @Get()
  @Roles('operator', 'tenant-admin', 'union-admin')
  @ApiBearerAuth('staff')
  @ApiOperation({
    operationId: 'getAgenda',
    summary:
      "A site's day across every municipality (its operators, its municipality's admins, union admins)",
  })
  @ApiOkResponse({ type: AgendaResponse })
  @ApiProblems([400, 'Bad site id or date'], 401, [403, 'Not staff of that site'], [404, 'No such site'])
  get(@Query() q: AgendaQuery, @CurrentPrincipal() principal: Principal) {
    return this.agenda.execute(q.site, q.date, principal);
  }
}

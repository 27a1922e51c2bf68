import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { GetAgendaUseCase } from '@facile/scheduling/application';
import { CurrentPrincipal, Principal, Roles } from '@facile/platform/auth';
import { AgendaQuery } from './dto/queries.dto';

@ApiTags('operators')
@Controller('scheduling/v1/agenda')
export class AgendaController {
  constructor(private readonly agenda: GetAgendaUseCase) {}

  @Get()
  @Roles('operator', 'tenant-admin', 'union-admin')
  @ApiBearerAuth('staff')
  @ApiOperation({ summary: "A site's day across every municipality (its operators, its municipality's admins, union admins)" })
  get(@Query() q: AgendaQuery, @CurrentPrincipal() principal: Principal) {
    return this.agenda.execute(q.site, q.date, principal);
  }
}

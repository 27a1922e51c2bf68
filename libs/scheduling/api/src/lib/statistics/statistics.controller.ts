import { Controller, Get, Headers, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { GetStatisticsUseCase, statisticsCsv } from '@facile/scheduling/application';
import { CurrentPrincipal, Principal, Roles } from '@facile/platform/auth';
import { csvAttachment } from '@facile/platform/csv';
import { StatisticsQueryDto } from './statistics-query.dto';

@ApiTags('statistics')
@Controller('scheduling/v1/statistics')
export class StatisticsController {
  constructor(private readonly statistics: GetStatisticsUseCase) {}

  @Get()
  @Roles('operator', 'tenant-admin', 'union-admin')
  @ApiBearerAuth('staff')
  @ApiProduces('application/json', 'text/csv')
  @ApiOperation({
    summary:
      'Network statistics over [from, to] by site, tenant (citizens’ municipality), service, day, week or month: bookings, no-shows, walk-in waits, lead times, capacity offered vs used, group sessions, cross-municipality flows. CSV with Accept: text/csv',
  })
  async get(@Query() q: StatisticsQueryDto, @CurrentPrincipal() principal: Principal, @Headers('accept') accept: string | undefined, @Res({ passthrough: true }) res: Response) {
    const result = await this.statistics.execute(q, principal);
    if (accept?.includes('text/csv')) {
      res.set(csvAttachment(`statistics-${result.groupBy}-${result.from}-${result.to}.csv`));
      return statisticsCsv(result.rows, result.total, result.groupBy);
    }
    return result;
  }
}

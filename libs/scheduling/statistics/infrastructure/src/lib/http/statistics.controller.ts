import { Controller, Get, Headers, Query, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiExtraModels,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import { ApiProblems } from '@facile/platform/http';
import type { Response } from 'express';
import { flowsCsv, GetStatisticsUseCase, statisticsCsv } from '@facile/scheduling/statistics-application';
import { CurrentPrincipal, Principal, Roles } from '@facile/platform/auth';
import { csvAttachment } from '@facile/platform/csv';
import { StatisticsQueryDto } from './statistics-query.dto';
import { StatisticsResponse } from './statistics.response';
import { STATISTICS_TAG } from './openapi';

@ApiTags(STATISTICS_TAG)
@ApiExtraModels(StatisticsResponse)
@Controller('scheduling/v1/statistics')
export class StatisticsController {
  constructor(private readonly statistics: GetStatisticsUseCase) {}

  @Get()
  @Roles('operator', 'tenant-admin', 'union-admin')
  @ApiBearerAuth('staff')
  @ApiOperation({
    operationId: 'getStatistics',
    summary:
      'Network statistics over [from, to] by site, tenant (citizens’ municipality), service, day, week or month: bookings, no-shows, walk-in waits, lead times, capacity offered vs used, group sessions, cross-municipality flows. CSV with Accept: text/csv',
  })
  @ApiOkResponse({
    description:
      'JSON by default; with Accept: text/csv CSV for Italian Excel (UTF-8 BOM, `;` separator, decimal comma): a header naming groupBy and the columns, one line per row, then the total, as an attachment',
    content: {
      'application/json': { schema: { $ref: getSchemaPath(StatisticsResponse) } },
      'text/csv': {
        schema: {
          type: 'string',
          example:
            '\ufeffsite;bookingsMade;bookingsCancelled;…;waitingList\r\ncesena-centro;120;9;…;4\r\ntotal;120;9;…;4\r\n',
          description:
            'view=groups: groupBy then the columns; view=flows: citizenTenant;siteTenant;appointments;completed, then total',
        },
      },
    },
  })
  @ApiProblems(
    [400, 'Bad dates (at most two years) or groupBy'],
    401,
    [403, 'Outside what the caller may report on (its sites or municipalities)'],
    [404, 'Unknown municipality or site'],
  )
  async get(
    @Query() q: StatisticsQueryDto,
    @CurrentPrincipal() principal: Principal,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ) {
    const result = await this.statistics.execute(q, principal);
    if (accept?.includes('text/csv') && q.view === 'flows') {
      res.set(csvAttachment(`statistics-flows-${result.from}-${result.to}.csv`));
      return flowsCsv(result.crossMunicipality);
    }
    if (accept?.includes('text/csv')) {
      res.set(csvAttachment(`statistics-${result.groupBy}-${result.from}-${result.to}.csv`));
      return statisticsCsv(result.rows, result.total, result.groupBy);
    }
    return result;
  }
}

import { Controller, Get, Headers, Query, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiExtraModels,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { FacilitationReportUseCase, reportCsv } from '@facile/assistance/application';
import { ReportDimension } from '@facile/assistance/domain';
import { CurrentPrincipal, Principal, Roles } from '@facile/platform/auth';
import { csvAttachment } from '@facile/platform/csv';
import { ApiProblems } from '@facile/platform/http';
import { ReportQueryDto } from './dto/queries.dto';
import { FacilitationReportResponse } from './dto/report.response';

@ApiTags('reports')
@ApiExtraModels(FacilitationReportResponse)
@Controller('assistance/v1/reports')
export class ReportsController {
  constructor(private readonly report: FacilitationReportUseCase) {}

  @Get('facilitations')
  @Roles('tenant-admin', 'union-admin')
  @ApiBearerAuth('staff')
  @ApiOperation({
    operationId: 'getFacilitationReport',
    summary:
      'Facilitation counts over [from, to] grouped by month, tenant, topic, serviceArea, ageBand, gender, activityType; CSV with Accept: text/csv',
  })
  @ApiOkResponse({
    description:
      'The counts; with `Accept: text/csv` the same rows as CSV for Italian Excel (UTF-8 BOM, `;` separator, one column per dimension, then count)',
    content: {
      'application/json': { schema: { $ref: getSchemaPath(FacilitationReportResponse) } },
      'text/csv': { schema: { type: 'string', example: '\ufeffmonth;count\r\n2027-03;9\r\n2027-04;12\r\n' } },
    },
  })
  @ApiProblems(
    [400, 'Not valid: dates, a range over five years or `to` before `from`, or an unknown dimension'],
    401,
    [403, "Operators, or another municipality's report"],
    [404, 'Unknown municipality'],
    503,
  )
  async facilitations(
    @Query() q: ReportQueryDto,
    @CurrentPrincipal() principal: Principal,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ) {
    const groupBy = (q.groupBy ?? 'month')
      .split(',')
      .filter((d, i, all) => all.indexOf(d) === i) as ReportDimension[];
    const result = await this.report.execute(principal, {
      from: q.from,
      to: q.to,
      tenant: q.tenant,
      groupBy,
    });
    if (accept?.includes('text/csv')) {
      res.set(csvAttachment(`facilitations-${q.from}-${q.to}.csv`));
      return reportCsv(result.rows, groupBy);
    }
    return result;
  }
}

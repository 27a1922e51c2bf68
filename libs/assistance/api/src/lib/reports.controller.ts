import { Controller, Get, Headers, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { FacilitationReportUseCase, reportCsv } from '@facile/assistance/application';
import { ReportDimension } from '@facile/assistance/domain';
import { CurrentPrincipal, Principal, Roles } from '@facile/platform/auth';
import { csvAttachment } from '@facile/platform/csv';
import { ReportQueryDto } from './dto/queries.dto';

@ApiTags('reports')
@Controller('assistance/v1/reports')
export class ReportsController {
  constructor(private readonly report: FacilitationReportUseCase) {}

  @Get('facilitations')
  @Roles('tenant-admin', 'union-admin')
  @ApiBearerAuth('staff')
  @ApiProduces('application/json', 'text/csv')
  @ApiOperation({ summary: 'Facilitation counts over [from, to] grouped by month, tenant, topic, serviceArea, ageBand, gender, activityType; CSV with Accept: text/csv' })
  async facilitations(
    @Query() q: ReportQueryDto,
    @CurrentPrincipal() principal: Principal,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ) {
    const groupBy = (q.groupBy ?? 'month').split(',').filter((d, i, all) => all.indexOf(d) === i) as ReportDimension[];
    const result = await this.report.execute(principal, { from: q.from, to: q.to, tenant: q.tenant, groupBy });
    if (accept?.includes('text/csv')) {
      res.set(csvAttachment(`facilitations-${q.from}-${q.to}.csv`));
      return reportCsv(result.rows, groupBy);
    }
    return result;
  }
}

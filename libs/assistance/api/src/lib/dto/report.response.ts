import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { FACILITATION_VOCABULARY as V, REPORT_DIMENSIONS, ReportDimension } from '@facile/assistance/domain';

/** One group of the report: the value of each dimension asked for, and the count. */
export class ReportRowResponse {
  @ApiPropertyOptional({ example: '2027-04', description: 'YYYY-MM' })
  month?: string;

  @ApiPropertyOptional({ example: 'cesena' })
  tenant?: string;

  @ApiPropertyOptional({ example: 'spid-activation' })
  topic?: string;

  @ApiPropertyOptional({ enum: V.serviceArea, example: 'digital-identity' })
  serviceArea?: string;

  @ApiPropertyOptional({ enum: V.ageBand, example: '55-74' })
  ageBand?: string;

  @ApiPropertyOptional({ enum: V.gender, example: 'female' })
  gender?: string;

  @ApiPropertyOptional({ enum: V.activityType, example: 'individual-facilitation' })
  activityType?: string;

  @ApiProperty({ type: 'integer', minimum: 1, example: 12 })
  count!: number;
}

export class FacilitationReportResponse {
  @ApiProperty({ format: 'date', example: '2027-01-01' })
  from!: string;

  @ApiProperty({ format: 'date', example: '2027-12-31', description: 'Inclusive' })
  to!: string;

  @ApiProperty({ enum: REPORT_DIMENSIONS, isArray: true, example: ['month'] })
  groupBy!: ReportDimension[];

  @ApiProperty({ type: [ReportRowResponse] })
  rows!: ReportRowResponse[];
}

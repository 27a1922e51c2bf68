import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches, MaxLength } from 'class-validator';
import { CASE_STATUSES, CaseStatus } from '@facile/assistance/domain';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DIMENSIONS =
  /^(month|tenant|topic|serviceArea|ageBand|gender|activityType)(,(month|tenant|topic|serviceArea|ageBand|gender|activityType)){0,6}$/;

export class CodeParams {
  @ApiProperty({ example: 'K7MA-QX94' })
  @Matches(/^[0-9A-Za-z]{4}-[0-9A-Za-z]{4}$/, { message: 'code must look like XXXX-XXXX' })
  code!: string;
}

export class TopicsQuery {
  @ApiPropertyOptional({ example: 'montiano', description: 'The configuration of this municipality' })
  @IsOptional()
  @Matches(SLUG)
  @MaxLength(100)
  tenant?: string;
}

export class CasesQuery {
  @ApiPropertyOptional({ example: 'cesena' }) @IsOptional() @Matches(SLUG) @MaxLength(100) tenant?: string;
  @ApiPropertyOptional({ enum: CASE_STATUSES, example: 'open' })
  @IsOptional()
  @IsIn(CASE_STATUSES)
  status?: CaseStatus;
  @ApiPropertyOptional({ example: 'spid-activation' })
  @IsOptional()
  @Matches(SLUG)
  @MaxLength(100)
  topic?: string;
}

export class ReportQueryDto {
  @ApiProperty({ format: 'date', example: '2027-01-01' })
  @Matches(DATE, { message: 'from must be YYYY-MM-DD' })
  from!: string;
  @ApiProperty({ format: 'date', example: '2027-12-31', description: 'Inclusive' })
  @Matches(DATE, { message: 'to must be YYYY-MM-DD' })
  to!: string;
  @ApiPropertyOptional({ example: 'cesena' }) @IsOptional() @Matches(SLUG) @MaxLength(100) tenant?: string;
  @ApiPropertyOptional({
    example: 'month,serviceArea',
    description:
      'Comma-separated: month, tenant, topic, serviceArea, ageBand, gender, activityType (default month)',
  })
  @IsOptional()
  @Matches(DIMENSIONS, {
    message: 'groupBy must list month, tenant, topic, serviceArea, ageBand, gender, activityType',
  })
  groupBy?: string;
}

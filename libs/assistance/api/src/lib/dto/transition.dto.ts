import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import {
  CASE_OUTCOMES,
  CASE_STATUSES,
  CaseStatus,
  FACILITATION_VOCABULARY as V,
  Facilitation,
} from '@facile/assistance/domain';

export class FacilitationDto implements Facilitation {
  @ApiProperty({ enum: V.activityType }) @IsIn(V.activityType) activityType!: Facilitation['activityType'];
  @ApiProperty({ enum: V.ageBand }) @IsIn(V.ageBand) ageBand!: Facilitation['ageBand'];
  @ApiProperty({ enum: V.gender }) @IsIn(V.gender) gender!: Facilitation['gender'];
  @ApiProperty({ enum: V.education }) @IsIn(V.education) education!: Facilitation['education'];
  @ApiProperty({ enum: V.employment }) @IsIn(V.employment) employment!: Facilitation['employment'];
  @ApiProperty({ enum: V.serviceArea }) @IsIn(V.serviceArea) serviceArea!: Facilitation['serviceArea'];
}

export class TransitionDto {
  @ApiProperty({ enum: CASE_STATUSES, example: 'resolved' }) @IsIn(CASE_STATUSES) to!: CaseStatus;
  @ApiPropertyOptional({ enum: CASE_OUTCOMES, example: 'spid-activated', description: 'Required to resolve' })
  @IsOptional()
  @IsIn(CASE_OUTCOMES)
  outcome?: string;
  @ApiPropertyOptional({
    example: 'Identità verificata, credenziali attivate dal cittadino',
    description: 'No personal data or credentials',
  })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  note?: string;
  @ApiPropertyOptional({
    type: FacilitationDto,
    description: 'Anonymised attributes for the monitoring, at resolution',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => FacilitationDto)
  facilitation?: FacilitationDto;
}

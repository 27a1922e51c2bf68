import { ApiProperty, ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  IsArray,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;

export class CreateRotationDto {
  @ApiProperty({ example: 'digitale-facile-montiano' }) @Matches(SLUG) @MaxLength(100) id!: string;
  @ApiProperty({ example: 'digitale-facile-team' }) @Matches(SLUG) @MaxLength(100) resource!: string;
  @ApiProperty({ example: 'montiano-municipio' }) @Matches(SLUG) @MaxLength(100) site!: string;
  @ApiProperty({
    example: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=FR',
    description: 'RFC 5545 RRULE (date parts only)',
  })
  @IsString()
  @MaxLength(300)
  rrule!: string;
  @ApiProperty({ example: '14:30' }) @Matches(HHMM, { message: 'from must be HH:MM' }) from!: string;
  @ApiProperty({ example: '17:30' }) @Matches(HHMM, { message: 'to must be HH:MM' }) to!: string;
  @ApiPropertyOptional({
    type: 'integer',
    minimum: 1,
    maximum: 20,
    example: 1,
    description: 'Counters the resource takes (default 1)',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(20)
  counters?: number;
  @ApiPropertyOptional({
    format: 'date',
    example: '2027-01-01',
    description: 'DTSTART of the rule (default today)',
  })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  validFrom?: string;
  @ApiPropertyOptional({
    type: [String],
    description:
      "Procedures delivered on the rotation's dates and hours (default: the resource's, e.g. facilitazione-digitale-individuale for digitale-facile-team)",
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @Matches(SLUG, { each: true })
  services?: string[];
}

export class RotationParams {
  @ApiProperty({ example: 'digitale-facile-montiano' })
  @Matches(SLUG, { message: 'id must be a rotation id' })
  @MaxLength(100)
  id!: string;
}

/** A changed rotation: everything but its id (which the path gives). */
export class ChangeRotationDto extends OmitType(CreateRotationDto, ['id'] as const) {}

export class RotationsQuery {
  @ApiProperty({ format: 'date', example: '2027-04-01' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'from must be YYYY-MM-DD' })
  from!: string;
  @ApiProperty({ format: 'date', example: '2027-04-30', description: 'Inclusive; at most 62 days from from' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'to must be YYYY-MM-DD' })
  to!: string;
  @ApiPropertyOptional({ example: 'montiano-municipio' })
  @IsOptional()
  @Matches(SLUG)
  @MaxLength(100)
  site?: string;
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';

const INTERVALS = {
  type: 'array',
  items: { type: 'array', items: { type: 'string', example: '08:30' }, minItems: 2, maxItems: 2 },
} as const;
const intervals = () => [IsOptional(), IsArray(), ArrayMaxSize(10)];
const apply =
  (decorators: PropertyDecorator[]): PropertyDecorator =>
  (t, k) =>
    decorators.forEach((d) => d(t, k));

/** Weekly hours: per weekday a list of ["HH:MM", "HH:MM"] intervals (breaks between them). */
export class OpeningHoursDto {
  @ApiPropertyOptional({ ...INTERVALS, example: [['08:30', '13:00']] }) @apply(intervals()) mon?: [
    string,
    string,
  ][];
  @ApiPropertyOptional({
    ...INTERVALS,
    example: [
      ['08:30', '13:00'],
      ['14:30', '17:30'],
    ],
  })
  @apply(intervals())
  tue?: [string, string][];
  @ApiPropertyOptional(INTERVALS) @apply(intervals()) wed?: [string, string][];
  @ApiPropertyOptional(INTERVALS) @apply(intervals()) thu?: [string, string][];
  @ApiPropertyOptional(INTERVALS) @apply(intervals()) fri?: [string, string][];
  @ApiPropertyOptional(INTERVALS) @apply(intervals()) sat?: [string, string][];
  @ApiPropertyOptional(INTERVALS) @apply(intervals()) sun?: [string, string][];
}

export class ClosureDto {
  @ApiProperty({ example: '2027-05-03' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'date must be YYYY-MM-DD' })
  date!: string;
  @ApiPropertyOptional({ example: 'assemblea sindacale' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  reason?: string;
  @ApiPropertyOptional({
    ...INTERVALS,
    example: [['08:30', '13:00']],
    description: 'Other hours that day; omitted = closed all day',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  hours?: [string, string][];
}

export class OfferingDto {
  @ApiProperty({ example: true }) @IsBoolean() enabled!: boolean;
  @ApiPropertyOptional({
    type: 'integer',
    minimum: 1,
    maximum: 100,
    example: 3,
    description: 'At most the counters of the site',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100)
  counters?: number;
  @ApiPropertyOptional({ type: 'integer', minimum: 5, maximum: 480, example: 20 })
  @IsOptional()
  @IsInt()
  @Min(5)
  @Max(480)
  durationMinutes?: number;
  @ApiPropertyOptional({ type: 'integer', minimum: 0, maximum: 43200, example: 60 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(43200)
  minNoticeMinutes?: number;
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 730, example: 60 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(730)
  maxDaysAhead?: number;
  @ApiPropertyOptional({
    type: [String],
    example: ['cesena', 'montiano'],
    description: 'Municipalities served',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, { each: true })
  tenants?: string[];
}

const SITE_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** A new site of a municipality (POST /sites). */
export class CreateSiteDto {
  @ApiProperty({ example: 'cesena-ponte-pietra' })
  @Matches(SITE_ID, { message: 'id must be lower-case words joined by dashes' })
  @MaxLength(100)
  id!: string;
  @ApiProperty({ example: 'cesena' })
  @Matches(SITE_ID, { message: 'tenant must be a municipality id' })
  @MaxLength(100)
  tenant!: string;
  @ApiProperty({ example: 'Hub di quartiere di Ponte Pietra' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name!: string;
  @ApiProperty({ example: 'hub' })
  @Matches(SITE_ID, { message: 'kind must be lower-case words joined by dashes' })
  @MaxLength(50)
  kind!: string;
  @ApiPropertyOptional({ example: 'Via Ponte Pietra 10, 47521 Cesena' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  address?: string;
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 100, example: 2 })
  @IsInt()
  @Min(1)
  @Max(100)
  counters!: number;
  @ApiPropertyOptional({ example: false, description: 'Serves every municipality (default: only its own)' })
  @IsOptional()
  @IsBoolean()
  servesAllTenants?: boolean;
  @ApiPropertyOptional({ type: OpeningHoursDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => OpeningHoursDto)
  openingHours?: OpeningHoursDto;
}

/** A change to a site (PATCH /sites/{id}): fields left out keep their value; the municipality never changes. */
export class UpdateSiteDto {
  @ApiPropertyOptional({ example: 'Sportello FACILE Cesena' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name?: string;
  @ApiPropertyOptional({ example: 'main-desk' })
  @IsOptional()
  @Matches(SITE_ID, { message: 'kind must be lower-case words joined by dashes' })
  @MaxLength(50)
  kind?: string;
  @ApiPropertyOptional({ example: 'Piazza del Popolo 8 (Foro Annonario, primo piano), 47521 Cesena' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  address?: string;
  @ApiPropertyOptional({
    type: 'integer',
    minimum: 1,
    maximum: 100,
    example: 8,
    description: 'Not fewer than the active bookings use (409)',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100)
  counters?: number;
  @ApiPropertyOptional({ example: true }) @IsOptional() @IsBoolean() servesAllTenants?: boolean;
  @ApiPropertyOptional({ type: OpeningHoursDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => OpeningHoursDto)
  openingHours?: OpeningHoursDto;
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsBoolean, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';

const INTERVALS = { type: 'array', items: { type: 'array', items: { type: 'string', example: '08:30' }, minItems: 2, maxItems: 2 } } as const;
const intervals = () => [IsOptional(), IsArray(), ArrayMaxSize(10)];
const apply = (decorators: PropertyDecorator[]): PropertyDecorator => (t, k) => decorators.forEach((d) => d(t, k));

/** Weekly hours: per weekday a list of ["HH:MM", "HH:MM"] intervals (breaks between them). */
export class OpeningHoursDto {
  @ApiPropertyOptional(INTERVALS) @apply(intervals()) mon?: [string, string][];
  @ApiPropertyOptional(INTERVALS) @apply(intervals()) tue?: [string, string][];
  @ApiPropertyOptional(INTERVALS) @apply(intervals()) wed?: [string, string][];
  @ApiPropertyOptional(INTERVALS) @apply(intervals()) thu?: [string, string][];
  @ApiPropertyOptional(INTERVALS) @apply(intervals()) fri?: [string, string][];
  @ApiPropertyOptional(INTERVALS) @apply(intervals()) sat?: [string, string][];
  @ApiPropertyOptional(INTERVALS) @apply(intervals()) sun?: [string, string][];
}

export class ClosureDto {
  @ApiProperty({ example: '2027-05-03' }) @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'date must be YYYY-MM-DD' }) date!: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(500) reason?: string;
  @ApiPropertyOptional({ ...INTERVALS, description: 'Other hours that day; omitted = closed all day' }) @IsOptional() @IsArray() @ArrayMaxSize(10) hours?: [string, string][];
}

export class OfferingDto {
  @ApiProperty() @IsBoolean() enabled!: boolean;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(1) @Max(100) counters?: number;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(5) @Max(480) durationMinutes?: number;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(0) @Max(43200) minNoticeMinutes?: number;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(1) @Max(730) maxDaysAhead?: number;
  @ApiPropertyOptional({ type: [String] }) @IsOptional() @IsArray() @ArrayMaxSize(50) @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, { each: true }) tenants?: string[];
}

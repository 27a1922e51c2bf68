import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Empty paging values are not "absent": `page=` is a 400 (Number('') would be 0). */
const toInt = ({ value }: { value: unknown }) =>
  typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;

export class SearchServicesQueryDto {
  @ApiPropertyOptional({ maxLength: 200, example: "carta d'identità" })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;
  @ApiPropertyOptional({ example: 'anagrafe-stato-civile' })
  @IsOptional()
  @Matches(SLUG)
  @MaxLength(100)
  category?: string;
  @ApiPropertyOptional({ example: 'documenti-identita' })
  @IsOptional()
  @Matches(SLUG)
  @MaxLength(100)
  lifeEvent?: string;
  @ApiPropertyOptional({ example: 'cesena' }) @IsOptional() @Matches(SLUG) @MaxLength(100) tenant?: string;

  @ApiPropertyOptional({ type: Boolean, example: true })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  bookable?: boolean;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 100000, default: 1, example: 1 })
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(100000)
  page?: number;
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 100, default: 20, example: 20 })
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(100)
  pageSize?: number;
}

export class CardQueryDto {
  @ApiPropertyOptional({ example: 'cesena', description: 'Municipality: durationMinutes is its override' })
  @IsOptional()
  @Matches(SLUG)
  @MaxLength(100)
  tenant?: string;
}

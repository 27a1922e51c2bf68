import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsArray,
  IsBoolean,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';

export class ServiceSectionsDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(5000) whoFor?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(5000) howTo?: string;
  @ApiPropertyOptional({ type: [String] }) @IsOptional() @IsArray() @IsString({ each: true }) @MaxLength(500, { each: true }) whatYouNeed?: string[];
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(5000) whatYouGet?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(5000) timeAndDeadlines?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(5000) cost?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(5000) howToAccess?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(5000) specialCases?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000) contacts?: string;
}

export class CreateServiceDto {
  @ApiProperty({ example: 'carta-identita-elettronica' })
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'slug must be lowercase words joined by hyphens' })
  @MaxLength(100)
  slug!: string;

  @ApiProperty() @IsString() @MinLength(3) @MaxLength(200) title!: string;
  @ApiProperty() @IsString() @MaxLength(1000) summary!: string;
  @ApiProperty() @IsString() @MaxLength(100) category!: string;
  @ApiProperty({ type: [String] }) @IsArray() @IsString({ each: true }) lifeEvents!: string[];
  @ApiPropertyOptional({ type: [String] }) @IsOptional() @IsArray() @IsString({ each: true }) keywords?: string[];
  @ApiProperty() @IsBoolean() bookable!: boolean;
  @ApiProperty() @IsBoolean() walkIn!: boolean;
  @ApiProperty({ minimum: 5, maximum: 240 }) @IsInt() @Min(5) @Max(240) durationMinutes!: number;

  @ApiPropertyOptional({ type: ServiceSectionsDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => ServiceSectionsDto)
  sections?: ServiceSectionsDto;
}

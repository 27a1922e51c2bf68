import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsBoolean,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';

export class OfferingDto {
  @ApiProperty({ example: true, description: 'Whether the municipality offers the procedure' })
  @IsBoolean()
  enabled!: boolean;
  @ApiProperty({
    type: 'integer',
    minimum: 0,
    maximum: 1000000,
    example: 2221,
    description: 'Fee in euro cents',
  })
  @IsInt()
  @Min(0)
  @Max(1000000)
  feeCents!: number;
  @ApiPropertyOptional({ type: String, nullable: true, example: 'https://www.comune.cesena.fc.it/servizi' })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsUrl({ protocols: ['https', 'http'], require_protocol: true })
  @MaxLength(500)
  onlineUrl?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, example: '22,21 EUR; duplicato 27,37 EUR' })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsString()
  @MaxLength(1000)
  notes?: string | null;
  @ApiPropertyOptional({
    type: 'integer',
    nullable: true,
    minimum: 5,
    maximum: 240,
    example: 25,
    description: 'Overrides the card duration here',
  })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsInt()
  @Min(5)
  @Max(240)
  durationMinutes?: number | null;
}

export class TenantOfferingParams {
  @ApiProperty({ example: 'cesena' }) @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/) @MaxLength(100) tenant!: string;
  @ApiProperty({ example: 'carta-identita-elettronica' })
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'slug must be lowercase words joined by hyphens' })
  @MaxLength(100)
  slug!: string;
}

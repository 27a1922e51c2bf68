import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsInt, IsOptional, IsString, IsUrl, Matches, Max, MaxLength, Min, ValidateIf } from 'class-validator';

export class OfferingDto {
  @ApiProperty({ description: 'Whether the municipality offers the procedure' }) @IsBoolean() enabled!: boolean;
  @ApiProperty({ minimum: 0, maximum: 1000000, example: 2221 }) @IsInt() @Min(0) @Max(1000000) feeCents!: number;
  @ApiPropertyOptional({ nullable: true, example: 'https://www.comune.cesena.fc.it/servizi' })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsUrl({ protocols: ['https', 'http'], require_protocol: true })
  @MaxLength(500)
  onlineUrl?: string | null;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @ValidateIf((_, v) => v !== null) @IsString() @MaxLength(1000) notes?: string | null;
  @ApiPropertyOptional({ nullable: true, minimum: 5, maximum: 240, description: 'Overrides the card duration here' })
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

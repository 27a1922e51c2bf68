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
  @ApiPropertyOptional({ example: 'Cittadini residenti nel Comune, italiani e stranieri, di qualsiasi età.' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  whoFor?: string;
  @ApiPropertyOptional({
    example: "Prenota l'appuntamento allo sportello e presentati con la documentazione.",
  })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  howTo?: string;
  @ApiPropertyOptional({
    type: [String],
    example: ['Una fototessera recente su sfondo bianco', 'Tessera sanitaria (codice fiscale)'],
  })
  @IsOptional()
  @IsArray()
  @IsString({ each: true })
  @MaxLength(500, { each: true })
  whatYouNeed?: string[];
  @ApiPropertyOptional({ example: "La CIE, spedita dal Poligrafico dello Stato all'indirizzo indicato." })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  whatYouGet?: string;
  @ApiPropertyOptional({ example: 'La carta arriva entro 6 giorni lavorativi.' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  timeAndDeadlines?: string;
  @ApiPropertyOptional({ example: '22,21 euro; 27,37 euro per il duplicato.' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  cost?: string;
  @ApiPropertyOptional({ example: 'Solo su appuntamento allo sportello anagrafe.' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  howToAccess?: string;
  @ApiPropertyOptional({ example: 'In caso di urgenza documentata può essere rilasciata la carta cartacea.' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  specialCases?: string;
  @ApiPropertyOptional({ example: "Sportello FACILE dell'Unione Valle del Savio." })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  contacts?: string;
}

export class CreateServiceDto {
  @ApiProperty({ example: 'carta-identita-elettronica' })
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'slug must be lowercase words joined by hyphens' })
  @MaxLength(100)
  slug!: string;

  @ApiProperty({ example: "Rilascio Carta d'identità elettronica (CIE)" })
  @IsString()
  @MinLength(3)
  @MaxLength(200)
  title!: string;
  @ApiProperty({ example: "Richiesta, rinnovo o duplicato della Carta d'identità elettronica (CIE)." })
  @IsString()
  @MaxLength(1000)
  summary!: string;
  @ApiProperty({
    example: 'anagrafe-stato-civile',
    description: 'A category id of GET /catalogue/v1/categories',
  })
  @IsString()
  @MaxLength(100)
  category!: string;
  @ApiProperty({
    type: [String],
    example: ['documenti-identita'],
    description: 'Life event ids of GET /catalogue/v1/life-events',
  })
  @IsArray()
  @IsString({ each: true })
  lifeEvents!: string[];
  @ApiPropertyOptional({ type: [String], example: ['cie', "carta d'identità"] })
  @IsOptional()
  @IsArray()
  @IsString({ each: true })
  keywords?: string[];
  @ApiProperty({ example: true }) @IsBoolean() bookable!: boolean;
  @ApiProperty({ example: false }) @IsBoolean() walkIn!: boolean;
  @ApiProperty({ type: 'integer', minimum: 5, maximum: 240, example: 20 })
  @IsInt()
  @Min(5)
  @Max(240)
  durationMinutes!: number;

  @ApiPropertyOptional({ type: ServiceSectionsDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => ServiceSectionsDto)
  sections?: ServiceSectionsDto;
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsDefined,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { IsFiscalCode } from '@facile/platform/validation';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export class CaseCitizenDto {
  @ApiProperty({ example: 'Anna' }) @IsString() @MinLength(1) @MaxLength(100) firstName!: string;
  @ApiProperty({ example: 'Verdi' }) @IsString() @MinLength(1) @MaxLength(100) lastName!: string;
  @ApiPropertyOptional({
    example: 'VRDNNA58C41C573W',
    description: 'Codice fiscale (checked, including its check character)',
  })
  @IsOptional()
  @IsFiscalCode()
  fiscalCode?: string;
  @ApiPropertyOptional({ example: 'anna.verdi@example.org' })
  @IsOptional()
  @IsEmail()
  @MaxLength(254)
  email?: string;
  @ApiPropertyOptional({ example: '+39 347 555 0199' })
  @IsOptional()
  @Matches(/^\+?[0-9 ]{6,20}$/, { message: 'phone must be a phone number' })
  phone?: string;
  @ApiPropertyOptional({ type: 'integer', example: 1958 })
  @IsOptional()
  @IsInt()
  @Min(1850)
  birthYear?: number;
}

export class OpenCaseDto {
  @ApiProperty({ example: 'spid-activation', description: 'A topic id of GET /assistance/v1/topics' })
  @Matches(SLUG, { message: 'topic must be a topic id' })
  @MaxLength(100)
  topic!: string;
  @ApiProperty({ example: 'cesena' })
  @Matches(SLUG, { message: 'tenant must be a municipality id' })
  @MaxLength(100)
  tenant!: string;
  @ApiProperty({ type: CaseCitizenDto })
  @IsDefined({ message: 'citizen is required' })
  @ValidateNested()
  @Type(() => CaseCitizenDto)
  citizen!: CaseCitizenDto;
  @ApiProperty({
    type: [String],
    example: ['id-document', 'health-card'],
    description: 'Prerequisite ids of the topic the citizen already has',
  })
  @IsArray()
  @ArrayMaxSize(30)
  @Matches(SLUG, { each: true, message: 'has must list prerequisite ids' })
  has!: string[];
  @ApiProperty({ enum: ['online', 'desk', 'phone'], example: 'desk' })
  @IsIn(['online', 'desk', 'phone'])
  channel!: 'online' | 'desk' | 'phone';
}

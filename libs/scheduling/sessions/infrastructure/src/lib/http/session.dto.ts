import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsDefined,
  IsEmail,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { IsFiscalCode } from '@facile/platform/validation';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** PostgreSQL text cannot hold NUL: refused here (400), not by the database (500). */
const TEXT = /^[^\u0000]*$/;
const NO_NUL = { message: '$property must not contain NUL characters' };

export class CreateSessionDto {
  @ApiProperty({ example: 'cesena-montefiore' })
  @Matches(SLUG, { message: 'site must be a site id' })
  @MaxLength(100)
  site!: string;
  @ApiProperty({ example: 'Usare lo SPID' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  @Matches(TEXT, NO_NUL)
  title!: string;
  @ApiPropertyOptional({ example: 'spid' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  @Matches(TEXT, NO_NUL)
  topic?: string;
  @ApiProperty({ format: 'date-time', example: '2027-04-08T15:00:00+02:00' })
  @IsISO8601({ strict: true })
  @MaxLength(40)
  start!: string;
  @ApiProperty({ format: 'date-time', example: '2027-04-08T16:30:00+02:00' })
  @IsISO8601({ strict: true })
  @MaxLength(40)
  end!: string;
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 1000, example: 12 })
  @IsInt()
  @Min(1)
  @Max(1000)
  seats!: number;
  @ApiPropertyOptional({ example: 'it' })
  @IsOptional()
  @Matches(/^[a-z]{2}$/, { message: 'language must be a two-letter code' })
  language?: string;
}

export class RegistrantDto {
  @ApiProperty({ example: 'Maria' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  @Matches(TEXT, NO_NUL)
  firstName!: string;
  @ApiProperty({ example: 'Rossi' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  @Matches(TEXT, NO_NUL)
  lastName!: string;
  @ApiPropertyOptional({
    example: 'RSSMRA85T10A562S',
    description: 'Codice fiscale; without one, the e-mail identifies the person',
  })
  @IsOptional()
  @IsFiscalCode()
  fiscalCode?: string;
  @ApiPropertyOptional({ format: 'email', example: 'maria.rossi@example.org' })
  @IsOptional()
  @IsEmail()
  @MaxLength(200)
  email?: string;
  @ApiPropertyOptional({ example: '+39 333 1234567' })
  @IsOptional()
  @Matches(/^\+?[0-9 ]{6,20}$/, { message: 'phone must be a phone number' })
  phone?: string;
  @ApiPropertyOptional({ enum: ['it', 'en'], example: 'it' }) @IsOptional() @IsIn(['it', 'en']) locale?:
    'it' | 'en';
}

export class RegisterDto {
  @ApiProperty({ type: RegistrantDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => RegistrantDto)
  citizen!: RegistrantDto;
  @ApiPropertyOptional({ example: 'AB12-CD34', description: 'The assistance case it belongs to' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  @Matches(TEXT, NO_NUL)
  caseCode?: string;
}

export class SessionsQuery {
  @ApiPropertyOptional({ example: 'cesena' })
  @IsOptional()
  @Matches(SLUG, { message: 'tenant must be a municipality id' })
  @MaxLength(100)
  tenant?: string;
  @ApiPropertyOptional({ example: 'cesena-montefiore' })
  @IsOptional()
  @Matches(SLUG, { message: 'site must be a site id' })
  @MaxLength(100)
  site?: string;
  @ApiPropertyOptional({ format: 'date', example: '2027-04-01' })
  @IsOptional()
  @Matches(DATE, { message: 'from must be YYYY-MM-DD' })
  @IsISO8601({ strict: true }, { message: 'from must be a real date' })
  from?: string;
  @ApiPropertyOptional({ format: 'date', example: '2027-04-30' })
  @IsOptional()
  @Matches(DATE, { message: 'to must be YYYY-MM-DD' })
  @IsISO8601({ strict: true }, { message: 'to must be a real date' })
  to?: string;
}

export class SessionParams {
  @ApiProperty({ format: 'uuid', example: '3f2b6a1e-8c4d-4e7a-9b1f-2d5c6e7a8b90' })
  @IsUUID('all', { message: 'id must be a session id' })
  id!: string;
}

export class RegistrationParams extends SessionParams {
  @ApiProperty({ example: 'K7MA-QX94' })
  @Matches(/^[0-9A-Za-z]{4}-[0-9A-Za-z]{4}$/, { message: 'code must look like XXXX-XXXX' })
  code!: string;
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsDefined,
  IsEmail,
  IsIn,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  MinLength,
  ValidateNested,
  ValidateBy,
  type ValidationOptions,
} from 'class-validator';
import { IsFiscalCode, looksLikeCredential } from '@facile/platform/validation';
import { EXAMPLE } from '../openapi/examples';
import { IsDateTime } from './date-time';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const NOTE_MAX = 200;

/** A note carrying a password, PIN, PUK or OTP with its value is refused (the platform's one rule). */
function NoCredential(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'noCredential',
      validator: {
        validate: (v: unknown) => typeof v !== 'string' || !looksLikeCredential(v),
        defaultMessage: () => 'note must not contain a password, PIN, PUK or OTP',
      },
    },
    options,
  );
}

export class CitizenDto {
  @ApiProperty({ example: 'Maria' }) @IsString() @MinLength(1) @MaxLength(100) firstName!: string;
  @ApiProperty({ example: 'Rossi' }) @IsString() @MinLength(1) @MaxLength(100) lastName!: string;
  @ApiProperty({ example: 'RSSMRA85T10A562S' }) @IsFiscalCode() fiscalCode!: string;
  @ApiPropertyOptional({
    format: 'email',
    example: 'maria.rossi@example.org',
    description: 'An email or a phone is required',
  })
  @IsOptional()
  @IsEmail()
  @MaxLength(200)
  email?: string;
  @ApiPropertyOptional({ example: '+39 333 1234567' })
  @IsOptional()
  @Matches(/^\+?[0-9 ]{6,20}$/, { message: 'phone must be a phone number' })
  phone?: string;
  @ApiPropertyOptional({
    enum: ['it', 'en'],
    example: 'it',
    description: 'Language of the messages (default it)',
  })
  @IsOptional()
  @IsIn(['it', 'en'])
  locale?: 'it' | 'en';
}

export class SlotRequestDto {
  @ApiPropertyOptional({ description: 'One procedure (or use services)', example: EXAMPLE.service })
  @IsOptional()
  @Matches(SLUG)
  @MaxLength(100)
  service?: string;
  @ApiPropertyOptional({
    type: [String],
    description: `Several procedures in one visit (instead of service), e.g. ["${EXAMPLE.service}", "${EXAMPLE.otherService}"]`,
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @Matches(SLUG, { each: true })
  @MaxLength(100, { each: true })
  services?: string[];
  @ApiProperty({ example: EXAMPLE.tenant, description: "The citizen's municipality" })
  @Matches(SLUG)
  @MaxLength(100)
  tenant!: string;
  @ApiProperty({ example: EXAMPLE.site }) @Matches(SLUG) @MaxLength(100) site!: string;
  @ApiProperty({
    format: 'date-time',
    example: EXAMPLE.start,
    description: 'A slot start from the availability',
  })
  @IsISO8601({ strict: true })
  @IsDateTime()
  @MaxLength(40)
  start!: string;
}

export class CreateHoldDto extends SlotRequestDto {}

export class CreateBookingDto extends SlotRequestDto {
  @ApiPropertyOptional({ format: 'uuid', example: EXAMPLE.uuid, description: 'The hold that kept the slot' })
  @IsOptional()
  @IsUUID()
  holdId?: string;
  @ApiPropertyOptional({
    example: 'AB12-CD34',
    description: 'The assistance case the appointment belongs to',
  })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  caseCode?: string;
  @ApiPropertyOptional({
    maxLength: NOTE_MAX,
    example: 'Vengo con mia madre, che usa la sedia a rotelle',
    description:
      'A note to the desk (trimmed, at most 200 characters). Never a password, PIN, PUK or OTP: a note that looks like one is refused',
  })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @MaxLength(NOTE_MAX)
  @NoCredential()
  note?: string;
  @ApiProperty({ type: CitizenDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => CitizenDto)
  citizen!: CitizenDto;
}

export class RescheduleDto {
  @ApiPropertyOptional({ example: 'cesena-borello', description: 'Another site (default: the same)' })
  @IsOptional()
  @Matches(SLUG)
  @MaxLength(100)
  site?: string;
  @ApiProperty({ format: 'date-time', example: '2027-04-07T09:00:00+02:00' })
  @IsISO8601({ strict: true })
  @IsDateTime()
  @MaxLength(40)
  start!: string;
}

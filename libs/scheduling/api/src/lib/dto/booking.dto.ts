import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsEmail, IsIn, IsISO8601, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { IsFiscalCode } from '@facile/platform/validation';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export class CitizenDto {
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(100) firstName!: string;
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(100) lastName!: string;
  @ApiProperty({ example: 'RSSMRA85T10A562S' }) @IsFiscalCode() fiscalCode!: string;
  @ApiPropertyOptional() @IsOptional() @IsEmail() @MaxLength(200) email?: string;
  @ApiPropertyOptional() @IsOptional() @Matches(/^\+?[0-9 ]{6,20}$/, { message: 'phone must be a phone number' }) phone?: string;
  @ApiPropertyOptional({ enum: ['it', 'en'] }) @IsOptional() @IsIn(['it', 'en']) locale?: 'it' | 'en';
}

export class SlotRequestDto {
  @ApiPropertyOptional({ description: 'One procedure (or use services)' }) @IsOptional() @Matches(SLUG) @MaxLength(100) service?: string;
  @ApiPropertyOptional({ type: [String], description: 'Several procedures in one visit' })
  @IsOptional() @IsArray() @ArrayMinSize(1) @ArrayMaxSize(10) @Matches(SLUG, { each: true }) @MaxLength(100, { each: true })
  services?: string[];
  @ApiProperty() @Matches(SLUG) @MaxLength(100) tenant!: string;
  @ApiProperty() @Matches(SLUG) @MaxLength(100) site!: string;
  @ApiProperty({ example: '2027-04-06T09:00:00+02:00' }) @IsISO8601({ strict: true }) @MaxLength(40) start!: string;
}

export class CreateHoldDto extends SlotRequestDto {}

export class CreateBookingDto extends SlotRequestDto {
  @ApiPropertyOptional() @IsOptional() @IsUUID() holdId?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(40) caseCode?: string;
  @ApiProperty({ type: CitizenDto }) @ValidateNested() @Type(() => CitizenDto) citizen!: CitizenDto;
}

export class RescheduleDto {
  @ApiPropertyOptional() @IsOptional() @Matches(SLUG) @MaxLength(100) site?: string;
  @ApiProperty() @IsISO8601({ strict: true }) @MaxLength(40) start!: string;
}

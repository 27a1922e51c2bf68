import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsEmail, IsIn, IsInt, IsOptional, IsString, Matches, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { IsFiscalCode } from '@facile/platform/validation';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export class CaseCitizenDto {
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(100) firstName!: string;
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(100) lastName!: string;
  @ApiPropertyOptional({ description: 'Codice fiscale (checked, including its check character)' }) @IsOptional() @IsFiscalCode() fiscalCode?: string;
  @ApiPropertyOptional() @IsOptional() @IsEmail() @MaxLength(254) email?: string;
  @ApiPropertyOptional() @IsOptional() @Matches(/^\+?[0-9 ]{6,20}$/, { message: 'phone must be a phone number' }) phone?: string;
  @ApiPropertyOptional({ example: 1958 }) @IsOptional() @IsInt() @Min(1850) birthYear?: number;
}

export class OpenCaseDto {
  @ApiProperty({ example: 'spid-activation', description: 'A topic id of GET /assistance/v1/topics' }) @Matches(SLUG, { message: 'topic must be a topic id' }) @MaxLength(100) topic!: string;
  @ApiProperty({ example: 'cesena' }) @Matches(SLUG, { message: 'tenant must be a municipality id' }) @MaxLength(100) tenant!: string;
  @ApiProperty({ type: CaseCitizenDto }) @ValidateNested() @Type(() => CaseCitizenDto) citizen!: CaseCitizenDto;
  @ApiProperty({ type: [String], description: 'Prerequisite ids of the topic the citizen already has' })
  @IsArray() @ArrayMaxSize(30) @Matches(SLUG, { each: true, message: 'has must list prerequisite ids' }) has!: string[];
  @ApiProperty({ enum: ['online', 'desk', 'phone'] }) @IsIn(['online', 'desk', 'phone']) channel!: 'online' | 'desk' | 'phone';
}

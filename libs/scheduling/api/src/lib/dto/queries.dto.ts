import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches, MaxLength } from 'class-validator';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const SLUGS = /^[a-z0-9]+(-[a-z0-9]+)*(,[a-z0-9]+(-[a-z0-9]+)*){0,9}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export class SitesQuery {
  @ApiPropertyOptional() @IsOptional() @Matches(SLUG) @MaxLength(100) tenant?: string;
  @ApiPropertyOptional() @IsOptional() @Matches(SLUG) @MaxLength(100) service?: string;
}

export class AvailabilityQueryDto {
  @ApiProperty({ description: 'One procedure, or several for one visit: a,b' }) @Matches(SLUGS, { message: 'service must be slugs separated by commas' }) @MaxLength(1000) service!: string;
  @ApiProperty() @Matches(SLUG, { message: 'tenant must be a municipality id' }) @MaxLength(100) tenant!: string;
  @ApiPropertyOptional({ description: 'Omitted: every site that serves it' }) @IsOptional() @Matches(SLUG, { message: 'site must be a site id' }) @MaxLength(100) site?: string;
  @ApiProperty({ example: '2027-03-26' }) @Matches(DATE, { message: 'from must be YYYY-MM-DD' }) from!: string;
  @ApiProperty({ example: '2027-04-08' }) @Matches(DATE, { message: 'to must be YYYY-MM-DD' }) to!: string;
}

export class AgendaQuery {
  @ApiProperty() @Matches(SLUG, { message: 'site must be a site id' }) @MaxLength(100) site!: string;
  @ApiProperty() @Matches(DATE, { message: 'date must be YYYY-MM-DD' }) date!: string;
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches, MaxLength } from 'class-validator';
import { EXAMPLE } from '../openapi/examples';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const SLUGS = /^[a-z0-9]+(-[a-z0-9]+)*(,[a-z0-9]+(-[a-z0-9]+)*){0,9}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export class SitesQuery {
  @ApiPropertyOptional({ example: EXAMPLE.tenant, description: 'Sites that serve this municipality' })
  @IsOptional()
  @Matches(SLUG)
  @MaxLength(100)
  tenant?: string;
  @ApiPropertyOptional({
    example: EXAMPLE.service,
    description: 'With tenant: sites that serve this procedure for it',
  })
  @IsOptional()
  @Matches(SLUG)
  @MaxLength(100)
  service?: string;
}

export class AvailabilityQueryDto {
  @ApiProperty({ description: 'One procedure, or several for one visit: a,b', example: EXAMPLE.service })
  @Matches(SLUGS, { message: 'service must be slugs separated by commas' })
  @MaxLength(1000)
  service!: string;
  @ApiProperty({ example: EXAMPLE.tenant, description: "The citizen's municipality" })
  @Matches(SLUG, { message: 'tenant must be a municipality id' })
  @MaxLength(100)
  tenant!: string;
  @ApiPropertyOptional({ description: 'Omitted: every site that serves it', example: EXAMPLE.site })
  @IsOptional()
  @Matches(SLUG, { message: 'site must be a site id' })
  @MaxLength(100)
  site?: string;
  @ApiProperty({ format: 'date', example: '2027-04-06' })
  @Matches(DATE, { message: 'from must be YYYY-MM-DD' })
  from!: string;
  @ApiProperty({ format: 'date', example: '2027-04-09', description: 'Inclusive; at most 62 days from from' })
  @Matches(DATE, { message: 'to must be YYYY-MM-DD' })
  to!: string;
}

export class AgendaQuery {
  @ApiProperty({ example: EXAMPLE.site })
  @Matches(SLUG, { message: 'site must be a site id' })
  @MaxLength(100)
  site!: string;
  @ApiProperty({ format: 'date', example: EXAMPLE.date })
  @Matches(DATE, { message: 'date must be YYYY-MM-DD' })
  date!: string;
}

import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { BookingResponse } from './booking.response';
import { EXAMPLE, INTERVALS_SCHEMA } from '../openapi/examples';

type Intervals = [string, string][];

@ApiSchema({
  name: 'WeeklyHours',
  description: 'Per weekday the local opening intervals; a weekday left out is closed',
})
export class WeeklyHoursResponse {
  @ApiPropertyOptional({ ...INTERVALS_SCHEMA, example: [['08:30', '13:00']] }) mon?: Intervals;
  @ApiPropertyOptional(INTERVALS_SCHEMA) tue?: Intervals;
  @ApiPropertyOptional(INTERVALS_SCHEMA) wed?: Intervals;
  @ApiPropertyOptional(INTERVALS_SCHEMA) thu?: Intervals;
  @ApiPropertyOptional({ ...INTERVALS_SCHEMA, example: [['08:30', '13:00']] }) fri?: Intervals;
  @ApiPropertyOptional({ ...INTERVALS_SCHEMA, example: [['08:30', '12:30']] }) sat?: Intervals;
  @ApiPropertyOptional({ ...INTERVALS_SCHEMA, example: [] }) sun?: Intervals;
}

@ApiSchema({ name: 'Site', description: 'A desk of the network' })
export class SiteResponse {
  @ApiProperty({ example: EXAMPLE.site }) id!: string;
  @ApiProperty({ example: EXAMPLE.tenant, description: 'The municipality the site belongs to' })
  tenant!: string;
  @ApiProperty({ example: EXAMPLE.siteName }) name!: string;
  @ApiProperty({ example: 'main-desk', description: 'main-desk, hub, municipal-desk, facilitation-point…' })
  kind!: string;
  @ApiProperty({ type: String, nullable: true, example: EXAMPLE.siteAddress }) address!: string | null;
  @ApiProperty({ type: 'integer', minimum: 1, example: 8 }) counters!: number;
  @ApiProperty({ example: true, description: 'Serves the citizens of every municipality, not only its own' })
  servesAllTenants!: boolean;
  @ApiProperty({ example: 'Europe/Rome', description: 'IANA time zone of the opening hours' })
  timeZone!: string;
  @ApiProperty({ type: WeeklyHoursResponse }) openingHours!: WeeklyHoursResponse;
}

@ApiSchema({ name: 'SiteList' })
export class SiteListResponse {
  @ApiProperty({ type: [SiteResponse] }) items!: SiteResponse[];
}

@ApiSchema({
  name: 'Closure',
  description: 'A date closed (or with other hours) at a site, and the active bookings it affects',
})
export class ClosureResponse {
  @ApiProperty({ example: EXAMPLE.site }) site!: string;
  @ApiProperty({ format: 'date', example: '2027-05-03' }) date!: string;
  @ApiProperty({
    ...INTERVALS_SCHEMA,
    example: [['08:30', '13:00']],
    description: 'The hours open that day; empty = closed all day',
  })
  hours!: Intervals;
  @ApiProperty({ type: String, nullable: true, example: 'assemblea sindacale' }) reason!: string | null;
  @ApiProperty({
    type: [BookingResponse],
    description: 'Active bookings outside the new hours: each citizen is told through an event',
  })
  affectedBookings!: BookingResponse[];
}

@ApiSchema({ name: 'SiteException', description: 'A date closed, or with other hours, at a site' })
export class SiteExceptionResponse {
  @ApiProperty({ example: EXAMPLE.site }) site!: string;
  @ApiProperty({ format: 'date', example: '2027-05-03' }) date!: string;
  @ApiProperty({
    ...INTERVALS_SCHEMA,
    example: [['08:30', '13:00']],
    description: 'The hours open that day; empty = closed all day',
  })
  hours!: Intervals;
  @ApiProperty({ type: String, nullable: true, example: 'assemblea sindacale' }) reason!: string | null;
}

export class SiteExceptionListResponse {
  @ApiProperty({ type: [SiteExceptionResponse] }) items!: SiteExceptionResponse[];
}

@ApiSchema({
  name: 'SiteOffering',
  description: 'How a site offers one procedure (null: the procedure or site default)',
})
export class SiteOfferingResponse {
  @ApiProperty({ example: EXAMPLE.site }) site!: string;
  @ApiProperty({ example: EXAMPLE.service }) service!: string;
  @ApiProperty({ example: true }) enabled!: boolean;
  @ApiProperty({
    type: 'integer',
    nullable: true,
    example: 3,
    description: 'Counters that serve it (null: all of the site)',
  })
  counters!: number | null;
  @ApiProperty({
    type: 'integer',
    nullable: true,
    example: 20,
    description: "Minutes per appointment (null: the procedure's)",
  })
  durationMinutes!: number | null;
  @ApiProperty({ type: 'integer', example: 60 }) minNoticeMinutes!: number;
  @ApiProperty({ type: 'integer', example: 60 }) maxDaysAhead!: number;
  @ApiProperty({
    type: [String],
    nullable: true,
    example: [EXAMPLE.tenant, EXAMPLE.otherTenant],
    description: 'Municipalities served (null: as the site)',
  })
  tenants!: string[] | null;
}

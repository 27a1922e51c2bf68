import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import type { BookingResponse as BookingAnswer } from '@facile/scheduling/application';
import { BOOKING_STATES } from '@facile/scheduling/domain';
import { EXAMPLE, INTERVALS_SCHEMA } from '../openapi/examples';

@ApiSchema({
  name: 'Booking',
  description: 'An appointment as the citizen sees it (never the codice fiscale)',
})
export class BookingResponse implements BookingAnswer {
  @ApiProperty({ format: 'uuid', example: EXAMPLE.uuid }) id!: string;
  @ApiProperty({ example: EXAMPLE.code, description: 'The code the citizen quotes' }) code!: string;
  @ApiPropertyOptional({
    example: EXAMPLE.manageToken,
    description:
      'Only in the answer that made the booking: send it as X-Manage-Token to read, move or cancel',
  })
  manageToken?: string;
  @ApiProperty({ enum: BOOKING_STATES, example: 'booked' }) status!: string;
  @ApiProperty({ example: EXAMPLE.service, description: 'The first procedure of the visit' })
  service!: string;
  @ApiProperty({ type: [String], example: [EXAMPLE.service] }) services!: string[];
  @ApiProperty({ example: EXAMPLE.tenant, description: "The citizen's municipality" }) tenant!: string;
  @ApiProperty({ example: EXAMPLE.site }) site!: string;
  @ApiProperty({ format: 'date-time', example: EXAMPLE.start, description: 'With the Europe/Rome offset' })
  start!: string;
  @ApiProperty({ format: 'date-time', example: EXAMPLE.end }) end!: string;
  @ApiProperty({
    type: 'integer',
    minimum: 0,
    example: 0,
    description: 'iCalendar SEQUENCE: one more with each change',
  })
  sequence!: number;
  @ApiPropertyOptional({ example: 'AB12-CD34', description: 'The assistance case it belongs to' })
  caseCode?: string;
  @ApiPropertyOptional({
    example: 'Vengo con mia madre, che usa la sedia a rotelle',
    description: "The citizen's note to the desk",
  })
  note?: string;
  @ApiPropertyOptional({ example: EXAMPLE.siteName }) siteName?: string;
  @ApiPropertyOptional({ example: EXAMPLE.siteAddress }) siteAddress?: string;
  @ApiPropertyOptional({
    type: [String],
    example: [EXAMPLE.serviceTitle],
    description: 'Titles of the procedures, in order',
  })
  serviceTitles?: string[];
}

@ApiSchema({ name: 'AgendaClosure' })
export class AgendaClosureResponse {
  @ApiProperty({
    ...INTERVALS_SCHEMA,
    example: [['08:30', '13:00']],
    description: 'The hours open that day; empty = closed all day',
  })
  hours!: [string, string][];
  @ApiProperty({ type: String, nullable: true, example: 'assemblea sindacale' }) reason!: string | null;
}

@ApiSchema({ name: 'AgendaCitizen' })
export class AgendaCitizenResponse {
  @ApiProperty({ example: 'Maria' }) firstName!: string;
  @ApiProperty({ example: 'Rossi' }) lastName!: string;
}

@ApiSchema({ name: 'AgendaBooking' })
export class AgendaBookingResponse {
  @ApiProperty({ example: EXAMPLE.code }) code!: string;
  @ApiProperty({ enum: BOOKING_STATES, example: 'booked' }) status!: string;
  @ApiProperty({ type: [String], example: [EXAMPLE.service] }) services!: string[];
  @ApiProperty({
    type: [String],
    example: [EXAMPLE.serviceTitle],
    description: 'Titles of the procedures, in the order of services (what the desk reads)',
  })
  serviceTitles!: string[];
  @ApiProperty({ example: EXAMPLE.otherTenant }) tenant!: string;
  @ApiProperty({ type: 'integer', minimum: 1, example: 2 }) counter!: number;
  @ApiProperty({ format: 'date-time', example: EXAMPLE.start }) start!: string;
  @ApiProperty({ format: 'date-time', example: EXAMPLE.end }) end!: string;
  @ApiProperty({ type: String, nullable: true, example: null }) caseCode!: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    example: 'Vengo con mia madre, che usa la sedia a rotelle',
    description: "The citizen's note to the desk",
  })
  note!: string | null;
  @ApiProperty({ type: AgendaCitizenResponse }) citizen!: AgendaCitizenResponse;
  @ApiProperty({
    example: false,
    description: "Active and outside the day's closure hours: to call or redirect",
  })
  affectedByClosure!: boolean;
}

@ApiSchema({ name: 'Agenda', description: "A site's day across every municipality" })
export class AgendaResponse {
  @ApiProperty({ example: EXAMPLE.site }) site!: string;
  @ApiProperty({ format: 'date', example: EXAMPLE.date }) date!: string;
  @ApiProperty({ type: AgendaClosureResponse, nullable: true, description: 'The closure that day, if any' })
  closure!: AgendaClosureResponse | null;
  @ApiProperty({ type: [AgendaBookingResponse] }) bookings!: AgendaBookingResponse[];
}

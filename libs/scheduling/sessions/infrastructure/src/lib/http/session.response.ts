import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { EXAMPLE } from './openapi';

@ApiSchema({ name: 'Session', description: 'A group session with the seats left' })
export class SessionResponse {
  @ApiProperty({ format: 'uuid', example: EXAMPLE.uuid }) id!: string;
  @ApiProperty({ example: EXAMPLE.tenant }) tenant!: string;
  @ApiProperty({ example: 'cesena-montefiore' }) site!: string;
  @ApiProperty({ example: 'Usare lo SPID' }) title!: string;
  @ApiPropertyOptional({ example: 'spid' }) topic?: string;
  @ApiPropertyOptional({ example: 'it' }) language?: string;
  @ApiProperty({ format: 'date-time', example: '2027-04-08T15:00:00+02:00' }) start!: string;
  @ApiProperty({ format: 'date-time', example: '2027-04-08T16:30:00+02:00' }) end!: string;
  @ApiProperty({ type: 'integer', minimum: 1, example: 12 }) seats!: number;
  @ApiProperty({ type: 'integer', minimum: 0, example: 11, description: '0 when cancelled' })
  seatsLeft!: number;
  @ApiProperty({ type: 'integer', minimum: 0, example: 0 }) waitlisted!: number;
  @ApiProperty({ enum: ['open', 'cancelled'], example: 'open' }) status!: string;
}

@ApiSchema({ name: 'SessionList' })
export class SessionListResponse {
  @ApiProperty({ type: [SessionResponse] }) items!: SessionResponse[];
}

@ApiSchema({ name: 'Registrant' })
export class RegistrantResponse {
  @ApiProperty({ example: 'Maria' }) firstName!: string;
  @ApiProperty({ example: 'Rossi' }) lastName!: string;
  @ApiPropertyOptional({ example: 'maria.rossi@example.org' }) email?: string;
  @ApiPropertyOptional({ example: '+39 333 1234567' }) phone?: string;
}

@ApiSchema({
  name: 'Registration',
  description: 'A seat, or a place on the waiting list, in a group session',
})
export class RegistrationResponse {
  @ApiProperty({ example: EXAMPLE.code }) code!: string;
  @ApiProperty({ enum: ['registered', 'waitlisted', 'cancelled'], example: 'registered' }) status!: string;
  @ApiPropertyOptional({
    type: 'integer',
    minimum: 1,
    example: 2,
    description: 'Place on the waiting list (while waitlisted)',
  })
  position?: number;
  @ApiProperty({ type: SessionResponse }) session!: SessionResponse;
  @ApiProperty({ type: RegistrantResponse }) citizen!: RegistrantResponse;
  @ApiPropertyOptional({
    example: EXAMPLE.manageToken,
    description: 'Only in the answer to the registration: send it as X-Manage-Token',
  })
  manageToken?: string;
}

@ApiSchema({ name: 'SessionRegistrationEntry', description: 'Who holds a seat or waits (for the admins)' })
export class SessionRegistrationEntryResponse {
  @ApiProperty({ example: EXAMPLE.code }) code!: string;
  @ApiProperty({ enum: ['registered', 'waitlisted'], example: 'waitlisted' }) status!: string;
  @ApiPropertyOptional({ type: 'integer', minimum: 1, example: 1, description: 'Place on the waiting list' })
  position?: number;
  @ApiProperty({ example: 'Maria' }) firstName!: string;
  @ApiProperty({ example: 'Rossi' }) lastName!: string;
  @ApiPropertyOptional({ example: 'maria.rossi@example.org' }) email?: string;
  @ApiPropertyOptional({ example: '+39 333 1234567' }) phone?: string;
  @ApiProperty({ format: 'date-time', example: '2027-03-01T10:00:00.000Z' }) registeredAt!: string;
}

@ApiSchema({ name: 'SessionRegistrations', description: "A session's seats taken and its waiting list" })
export class SessionRegistrationsResponse {
  @ApiProperty({ type: SessionResponse }) session!: SessionResponse;
  @ApiProperty({ type: [SessionRegistrationEntryResponse], description: 'By arrival' })
  registered!: SessionRegistrationEntryResponse[];
  @ApiProperty({ type: [SessionRegistrationEntryResponse], description: 'By position' })
  waitingList!: SessionRegistrationEntryResponse[];
}

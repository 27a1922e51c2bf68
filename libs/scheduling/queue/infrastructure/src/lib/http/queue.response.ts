import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { EXAMPLE } from './openapi';

const TICKET_STATES = ['waiting', 'called', 'served', 'missed', 'cancelled'];

@ApiSchema({ name: 'Ticket', description: 'A walk-in ticket just taken' })
export class TicketResponse {
  @ApiProperty({ example: 'A001', description: 'Group letter and number, restarting each local day' })
  number!: string;
  @ApiProperty({ example: EXAMPLE.site }) site!: string;
  @ApiProperty({ example: EXAMPLE.service }) service!: string;
  @ApiProperty({ example: EXAMPLE.tenant }) tenant!: string;
  @ApiProperty({ format: 'date-time', example: EXAMPLE.instant }) issuedAt!: string;
  @ApiProperty({ type: 'integer', minimum: 0, example: 10 }) estimatedWaitMinutes!: number;
  @ApiProperty({
    example: EXAMPLE.manageToken,
    description: 'Send it as X-Manage-Token to follow or leave the line',
  })
  manageToken!: string;
}

@ApiSchema({ name: 'TicketStatus', description: "Today's ticket as its holder follows it" })
export class TicketStatusResponse {
  @ApiProperty({ example: EXAMPLE.ticket }) number!: string;
  @ApiProperty({ example: EXAMPLE.site }) site!: string;
  @ApiProperty({ example: EXAMPLE.service }) service!: string;
  @ApiProperty({ enum: TICKET_STATES, example: 'waiting' }) status!: string;
  @ApiProperty({ format: 'date-time', example: EXAMPLE.instant }) issuedAt!: string;
  @ApiProperty({
    type: 'integer',
    minimum: 0,
    example: 3,
    description: 'People of the same group to be called before (while waiting)',
  })
  ahead!: number;
  @ApiProperty({ type: 'integer', minimum: 0, example: 15 }) estimatedWaitMinutes!: number;
  @ApiPropertyOptional({
    type: 'integer',
    minimum: 1,
    example: 2,
    description: 'The counter to go to (once called)',
  })
  counter?: number;
}

@ApiSchema({ name: 'TicketState', description: 'A ticket after a change' })
export class TicketStateResponse {
  @ApiProperty({ example: EXAMPLE.ticket }) number!: string;
  @ApiProperty({ enum: TICKET_STATES, example: 'cancelled' }) status!: string;
}

@ApiSchema({ name: 'QueueServing' })
export class QueueServingResponse {
  @ApiProperty({ type: 'integer', minimum: 1, example: 2 }) counter!: number;
  @ApiProperty({ example: 'A006' }) number!: string;
  @ApiProperty({ example: EXAMPLE.service }) service!: string;
  @ApiProperty({ format: 'date-time', example: EXAMPLE.instant }) calledAt!: string;
}

@ApiSchema({ name: 'QueueGroupServiceWaiting' })
export class QueueGroupServiceWaitingResponse {
  @ApiProperty({ example: EXAMPLE.service }) service!: string;
  @ApiProperty({ type: 'integer', minimum: 0, example: 3 }) waiting!: number;
}

@ApiSchema({ name: 'QueueGroupWaiting' })
export class QueueGroupWaitingResponse {
  @ApiProperty({ example: 'A' }) letter!: string;
  @ApiProperty({ type: 'integer', minimum: 0, example: 3 }) waiting!: number;
  @ApiProperty({ example: 7.5, description: 'Moving average of the latest services of the group' })
  averageServiceMinutes!: number;
  @ApiProperty({ type: 'integer', minimum: 0, example: 12 }) estimatedWaitMinutes!: number;
  @ApiProperty({ type: [QueueGroupServiceWaitingResponse] }) services!: QueueGroupServiceWaitingResponse[];
}

@ApiSchema({ name: 'QueueBoard', description: "The public board of a site's queue today" })
export class QueueBoardResponse {
  @ApiProperty({ example: EXAMPLE.site }) site!: string;
  @ApiProperty({ format: 'date', example: EXAMPLE.date, description: 'The local day of the tickets' })
  date!: string;
  @ApiProperty({ type: [QueueServingResponse], description: 'Now serving, per counter' })
  serving!: QueueServingResponse[];
  @ApiProperty({ type: [QueueGroupWaitingResponse], description: 'Per service group' })
  waiting!: QueueGroupWaitingResponse[];
  @ApiProperty({ type: 'integer', minimum: 0, example: 3 }) totalWaiting!: number;
  @ApiProperty({ type: [String], example: ['A004'], description: 'Called and missed: may be recalled' })
  missed!: string[];
  @ApiProperty({ type: 'integer', minimum: 0, example: 2 }) openCounters!: number;
  @ApiProperty({ format: 'date-time', example: EXAMPLE.instant }) updatedAt!: string;
}

@ApiSchema({ name: 'TicketOutcome' })
export class TicketOutcomeResponse {
  @ApiProperty({ example: 'A006' }) number!: string;
  @ApiProperty({ enum: TICKET_STATES, example: 'served' }) status!: string;
}

@ApiSchema({ name: 'CalledTicket', description: 'The ticket a counter has just called' })
export class CalledTicketResponse {
  @ApiProperty({ example: EXAMPLE.ticket }) number!: string;
  @ApiProperty({ example: EXAMPLE.service }) service!: string;
  @ApiProperty({ example: EXAMPLE.tenant }) tenant!: string;
  @ApiProperty({ type: 'integer', minimum: 1, example: 2 }) counter!: number;
  @ApiProperty({ type: 'integer', minimum: 1, example: 1, description: 'How many times it has been called' })
  calls!: number;
  @ApiProperty({ format: 'date-time', example: EXAMPLE.instant }) issuedAt!: string;
  @ApiProperty({ format: 'date-time', example: '2027-04-06T07:12:00.000Z' }) calledAt!: string;
  @ApiProperty({ type: 'integer', minimum: 0, example: 720 }) waitSeconds!: number;
  @ApiPropertyOptional({ example: EXAMPLE.code, description: 'The appointment the ticket was taken for' })
  bookingCode?: string;
  @ApiPropertyOptional({
    type: TicketOutcomeResponse,
    description: 'The ticket this counter called before, as it ended',
  })
  previous?: TicketOutcomeResponse;
}

@ApiSchema({ name: 'QueueGroup' })
export class QueueGroupResponse {
  @ApiProperty({ example: 'attivazione-spid-lepidaid' }) service!: string;
  @ApiProperty({ example: 'B' }) letter!: string;
}

@ApiSchema({
  name: 'WalkInService',
  description: 'A procedure a walk-in ticket can be taken for at the site',
})
export class WalkInServiceResponse {
  @ApiProperty({ example: EXAMPLE.service }) service!: string;
  @ApiProperty({ example: "Carta d'identità elettronica" }) title!: string;
  @ApiProperty({
    type: [String],
    example: [EXAMPLE.tenant],
    description: 'The municipalities a ticket can be taken for (send one as tenant)',
  })
  tenants!: string[];
}

@ApiSchema({ name: 'WalkInServiceList', description: "What a site's ticket kiosk offers" })
export class WalkInServiceListResponse {
  @ApiProperty({ example: EXAMPLE.site }) site!: string;
  @ApiProperty({ type: [WalkInServiceResponse] }) items!: WalkInServiceResponse[];
}

import {
  Body,
  Controller,
  Get,
  Header,
  Headers,
  HttpCode,
  Ip,
  Param,
  Post,
  Res,
  UseInterceptors,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { ApiProblems } from '@facile/platform/http';
import type { Response } from 'express';
import { bookingCalendarFile } from '@facile/contracts';
import { CreateBookingUseCase, ManageBookingUseCase } from '@facile/scheduling/application';
import { CurrentPrincipal, Principal, Public, Roles } from '@facile/platform/auth';
import { ValidationFailedError } from '@facile/platform/errors';
import { servicesOf } from './availability.controller';
import { CreateBookingDto, RescheduleDto } from './dto/booking.dto';
import { toInstant } from './dto/date-time';
import { CodeParams } from './dto/params.dto';
import { LookupLimit } from '@facile/platform/persistence';
import { BookingResponse } from './dto/booking.response';
import { SCHEDULING_TAGS } from './openapi/api-tags';
import { BookingOutcomeInterceptor } from './booking-outcome.interceptor';

const TOKEN_HEADER = {
  name: 'X-Manage-Token',
  required: true,
  description: 'The token returned when the booking was made',
  example: 'q8Zx1Yb3VwKpR2mT5nLc0A',
};
const NO_BOOKING: [404, string] = [404, 'No booking with this code for this token (the two look the same)'];
const TOO_MANY: [429, string] = [
  429,
  'Too many lookups by code from this client; retry after Retry-After seconds',
];
const NOT_STAFF: [403, string] = [403, "Not staff of the booking's site"];
const TRANSITION: [409, string] = [
  409,
  'The booking is not in a state that allows this (invalid transition)',
];

@ApiTags(SCHEDULING_TAGS.bookings)
@Controller('scheduling/v1/bookings')
export class BookingsController {
  constructor(
    private readonly create: CreateBookingUseCase,
    private readonly manage: ManageBookingUseCase,
    private readonly limit: LookupLimit,
  ) {}

  @Post()
  @Public()
  @UseInterceptors(BookingOutcomeInterceptor)
  @ApiHeader({
    name: 'Idempotency-Key',
    required: false,
    description: 'Same key and body: the same booking again (1 to 200 characters)',
    example: '5d1c8f0e-booking-1',
  })
  @ApiOperation({
    operationId: 'createBooking',
    summary: 'Book a slot; 409 when it is full or the person already has one',
  })
  @ApiCreatedResponse({
    type: BookingResponse,
    description: 'The booking with its manageToken (not repeated when an Idempotency-Key replays it)',
  })
  @ApiProblems(
    [400, 'Invalid request: codice fiscale, email, start, service or services, Idempotency-Key'],
    [404, 'Unknown procedure, municipality or site'],
    [409, 'The slot is full, or the person already has an active booking of this procedure'],
    [
      422,
      'No email nor phone, not a slot of the site, a hold that does not match, or an Idempotency-Key reused with another body',
    ],
    [429, 'Too many bookings from this address, e-mail or phone; retry after Retry-After seconds'],
  )
  book(@Body() dto: CreateBookingDto, @Ip() client: string, @Headers('idempotency-key') key?: string) {
    if (key !== undefined && (key.length === 0 || key.length > 200))
      throw new ValidationFailedError([{ field: 'Idempotency-Key', message: 'must be 1 to 200 characters' }]);
    return this.create.execute({
      services: servicesOf(dto),
      tenant: dto.tenant,
      site: dto.site,
      start: toInstant(dto.start),
      holdId: dto.holdId,
      caseCode: dto.caseCode,
      note: dto.note,
      citizen: { ...dto.citizen },
      idempotencyKey: key,
      client,
    });
  }

  @Get(':code')
  @Public()
  @ApiHeader(TOKEN_HEADER)
  @ApiOperation({ operationId: 'getBooking', summary: 'The booking (with its manage token)' })
  @ApiOkResponse({ type: BookingResponse })
  @ApiProblems(400, NO_BOOKING, TOO_MANY)
  async read(@Param() p: CodeParams, @Headers('x-manage-token') token: string | undefined, @Ip() ip: string) {
    await this.limit.check(ip);
    return this.manage.read(p.code, token);
  }

  @Post(':code/cancel')
  @HttpCode(200)
  @Public()
  @ApiHeader(TOKEN_HEADER)
  @ApiOperation({ operationId: 'cancelBooking', summary: 'Cancel; the slot is free again' })
  @ApiOkResponse({ type: BookingResponse })
  @ApiProblems(400, NO_BOOKING, [409, 'Only a booked appointment can be cancelled'], TOO_MANY)
  async cancel(
    @Param() p: CodeParams,
    @Headers('x-manage-token') token: string | undefined,
    @Ip() ip: string,
  ) {
    await this.limit.check(ip);
    return this.manage.cancel(p.code, token);
  }

  @Post(':code/reschedule')
  @HttpCode(200)
  @Public()
  @ApiHeader(TOKEN_HEADER)
  @ApiOperation({
    operationId: 'rescheduleBooking',
    summary: 'Move to another slot atomically; 409 and no change when it is full',
  })
  @ApiOkResponse({ type: BookingResponse, description: 'The booking at its new slot (sequence one more)' })
  @ApiProblems(
    400,
    [404, 'No booking with this code for this token, or an unknown site'],
    [409, 'The new slot is full, or the booking is no longer booked'],
    [422, 'Not a slot of that site'],
    TOO_MANY,
  )
  async reschedule(
    @Param() p: CodeParams,
    @Body() dto: RescheduleDto,
    @Headers('x-manage-token') token: string | undefined,
    @Ip() ip: string,
  ) {
    await this.limit.check(ip);
    return this.manage.reschedule(p.code, token, { site: dto.site, start: toInstant(dto.start) });
  }

  @Get(':code/calendar.ics')
  @Public()
  @ApiHeader(TOKEN_HEADER)
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ operationId: 'getBookingCalendar', summary: 'iCalendar file (RFC 5545)' })
  @ApiOkResponse({
    description:
      'A VCALENDAR with one VEVENT (stable UID, SEQUENCE; METHOD:CANCEL once cancelled), as an attachment',
    content: {
      'text/calendar': {
        schema: {
          type: 'string',
          example: 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:PUBLISH\r\n…\r\nEND:VCALENDAR\r\n',
        },
      },
    },
  })
  @ApiProblems(400, NO_BOOKING, TOO_MANY)
  async calendar(
    @Param() p: CodeParams,
    @Headers('x-manage-token') token: string | undefined,
    @Ip() ip: string,
    @Res({ passthrough: true }) res: Response,
  ) {
    await this.limit.check(ip);
    const booking = await this.manage.read(p.code, token);
    res.setHeader('Content-Type', 'text/calendar; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="${booking.code}.ics"`);
    return bookingCalendarFile(
      { ...booking, bookingId: booking.id },
      { method: 'PUBLISH', product: 'scheduling' },
    );
  }

  @Post(':code/check-in')
  @HttpCode(200)
  @Roles('operator', 'tenant-admin', 'union-admin')
  @ApiBearerAuth('staff')
  @ApiOperation({ operationId: 'checkInBooking', summary: 'The citizen arrived (booked → checked-in)' })
  @ApiOkResponse({ type: BookingResponse })
  @ApiProblems(400, 401, NOT_STAFF, [404, 'No such booking'], TRANSITION)
  checkIn(@Param() p: CodeParams, @CurrentPrincipal() principal: Principal) {
    return this.manage.staffTransition(p.code, 'check-in', principal);
  }

  @Post(':code/complete')
  @HttpCode(200)
  @Roles('operator', 'tenant-admin', 'union-admin')
  @ApiBearerAuth('staff')
  @ApiOperation({ operationId: 'completeBooking', summary: 'Served (checked-in → completed)' })
  @ApiOkResponse({ type: BookingResponse })
  @ApiProblems(400, 401, NOT_STAFF, [404, 'No such booking'], TRANSITION)
  complete(@Param() p: CodeParams, @CurrentPrincipal() principal: Principal) {
    return this.manage.staffTransition(p.code, 'complete', principal);
  }

  @Post(':code/no-show')
  @HttpCode(200)
  @Roles('operator', 'tenant-admin', 'union-admin')
  @ApiBearerAuth('staff')
  @ApiOperation({ operationId: 'markBookingNoShow', summary: 'Did not come (booked → no-show)' })
  @ApiOkResponse({ type: BookingResponse })
  @ApiProblems(400, 401, NOT_STAFF, [404, 'No such booking'], TRANSITION)
  noShow(@Param() p: CodeParams, @CurrentPrincipal() principal: Principal) {
    return this.manage.staffTransition(p.code, 'no-show', principal);
  }
}

import { Body, Controller, Get, Header, Headers, HttpCode, Ip, Param, Post, Res, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { bookingCalendarFile } from '@facile/contracts';
import { CreateBookingUseCase, ManageBookingUseCase } from '@facile/scheduling/application';
import { CurrentPrincipal, Principal, Public, Roles } from '@facile/platform/auth';
import { ValidationFailedError } from '@facile/platform/errors';
import { servicesOf } from './availability.controller';
import { CreateBookingDto, RescheduleDto } from './dto/booking.dto';
import { CodeParams } from './dto/params.dto';
import { LookupLimit } from '@facile/platform/persistence';
import { BookingOutcomeInterceptor } from './booking-outcome.interceptor';

const TOKEN_HEADER = { name: 'X-Manage-Token', required: true, description: 'The token returned when the booking was made' };

@ApiTags('bookings')
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
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiOperation({ summary: 'Book a slot; 409 when it is full or the person already has one' })
  @ApiCreatedResponse({ description: '{id, code, manageToken, status, service, tenant, site, start, end}' })
  book(@Body() dto: CreateBookingDto, @Headers('idempotency-key') key?: string) {
    if (key !== undefined && (key.length === 0 || key.length > 200)) throw new ValidationFailedError([{ field: 'Idempotency-Key', message: 'must be 1 to 200 characters' }]);
    return this.create.execute({ services: servicesOf(dto), tenant: dto.tenant, site: dto.site, start: dto.start, holdId: dto.holdId, caseCode: dto.caseCode, citizen: { ...dto.citizen }, idempotencyKey: key });
  }

  @Get(':code')
  @Public()
  @ApiHeader(TOKEN_HEADER)
  @ApiOperation({ summary: 'The booking (with its manage token)' })
  async read(@Param() p: CodeParams, @Headers('x-manage-token') token: string | undefined, @Ip() ip: string) {
    await this.limit.check(ip);
    return this.manage.read(p.code, token);
  }

  @Post(':code/cancel')
  @HttpCode(200)
  @Public()
  @ApiHeader(TOKEN_HEADER)
  @ApiOperation({ summary: 'Cancel; the slot is free again' })
  async cancel(@Param() p: CodeParams, @Headers('x-manage-token') token: string | undefined, @Ip() ip: string) {
    await this.limit.check(ip);
    return this.manage.cancel(p.code, token);
  }

  @Post(':code/reschedule')
  @HttpCode(200)
  @Public()
  @ApiHeader(TOKEN_HEADER)
  @ApiOperation({ summary: 'Move to another slot atomically; 409 and no change when it is full' })
  async reschedule(@Param() p: CodeParams, @Body() dto: RescheduleDto, @Headers('x-manage-token') token: string | undefined, @Ip() ip: string) {
    await this.limit.check(ip);
    return this.manage.reschedule(p.code, token, { site: dto.site, start: dto.start });
  }

  @Get(':code/calendar.ics')
  @Public()
  @ApiHeader(TOKEN_HEADER)
  @ApiProduces('text/calendar')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'iCalendar file (RFC 5545)' })
  async calendar(@Param() p: CodeParams, @Headers('x-manage-token') token: string | undefined, @Ip() ip: string, @Res({ passthrough: true }) res: Response) {
    await this.limit.check(ip);
    const booking = await this.manage.read(p.code, token);
    res.setHeader('Content-Type', 'text/calendar; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="${booking.code}.ics"`);
    return bookingCalendarFile({ ...booking, bookingId: booking.id }, { method: 'PUBLISH', product: 'scheduling' });
  }

  @Post(':code/check-in')
  @HttpCode(200)
  @Roles('operator', 'tenant-admin', 'union-admin')
  @ApiBearerAuth('staff')
  @ApiOperation({ summary: 'The citizen arrived (booked → checked-in)' })
  checkIn(@Param() p: CodeParams, @CurrentPrincipal() principal: Principal) {
    return this.manage.staffTransition(p.code, 'check-in', principal);
  }

  @Post(':code/complete')
  @HttpCode(200)
  @Roles('operator', 'tenant-admin', 'union-admin')
  @ApiBearerAuth('staff')
  @ApiOperation({ summary: 'Served (checked-in → completed)' })
  complete(@Param() p: CodeParams, @CurrentPrincipal() principal: Principal) {
    return this.manage.staffTransition(p.code, 'complete', principal);
  }

  @Post(':code/no-show')
  @HttpCode(200)
  @Roles('operator', 'tenant-admin', 'union-admin')
  @ApiBearerAuth('staff')
  @ApiOperation({ summary: 'Did not come (booked → no-show)' })
  noShow(@Param() p: CodeParams, @CurrentPrincipal() principal: Principal) {
    return this.manage.staffTransition(p.code, 'no-show', principal);
  }
}

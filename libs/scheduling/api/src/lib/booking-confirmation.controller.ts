import { Controller, Headers, HttpCode, Ip, Param, Post } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ConfirmBookingUseCase } from '@facile/scheduling/application';
import { Public } from '@facile/platform/auth';
import { ApiProblems } from '@facile/platform/http';
import { LookupLimit } from '@facile/platform/persistence';
import { BookingResponse } from './dto/booking.response';
import { CodeParams } from './dto/params.dto';

/** Confirm-by-link mode (ADR 0019): the citizen web's confirmation page posts here what the link's fragment carried. */
@ApiTags('bookings')
@Controller('scheduling/v1/bookings')
export class BookingConfirmationController {
  constructor(
    private readonly confirming: ConfirmBookingUseCase,
    private readonly limit: LookupLimit,
  ) {}

  @Post(':code/confirm')
  @HttpCode(200)
  @Public()
  @ApiHeader({
    name: 'X-Manage-Token',
    required: true,
    description:
      'The token of the confirmation link sent to the citizen (the part after the code in its #fragment)',
  })
  @ApiOperation({
    operationId: 'confirmBooking',
    summary: 'Confirm a pending booking (pending → booked); opening the link again changes nothing',
  })
  @ApiOkResponse({ type: BookingResponse, description: 'The booking, status booked' })
  @ApiProblems(
    [400, 'The code is not well formed'],
    [404, 'Unknown code, or a token that is not this booking’s confirmation token'],
    [409, 'Too late (confirmation-expired: the slot was released) or not pending'],
    429,
  )
  async confirm(
    @Param() p: CodeParams,
    @Headers('x-manage-token') token: string | undefined,
    @Ip() ip: string,
  ) {
    await this.limit.check(ip);
    return this.confirming.execute(p.code, token);
  }
}

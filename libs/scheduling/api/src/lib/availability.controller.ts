import { Body, Controller, Delete, Get, HttpCode, Ip, Param, Post, Query, Res } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { ApiProblems } from '@facile/platform/http';
import type { Response } from 'express';
import {
  CreateHoldUseCase,
  ExtendHoldUseCase,
  GetAvailabilityUseCase,
  ReleaseHoldUseCase,
} from '@facile/scheduling/application';
import { Public } from '@facile/platform/auth';
import { ValidationFailedError } from '@facile/platform/errors';
import { HoldParams } from './dto/params.dto';
import { AvailabilityQueryDto } from './dto/queries.dto';
import { CreateHoldDto, SlotRequestDto } from './dto/booking.dto';
import { toInstant } from './dto/date-time';
import { AvailabilityResponse, HoldResponse } from './dto/availability.response';
import { SCHEDULING_TAGS } from './openapi/api-tags';

/** `service` or `services`, exactly one of them. */
export function servicesOf(dto: SlotRequestDto): string[] {
  if (dto.service && dto.services)
    throw new ValidationFailedError([{ field: 'services', message: 'give service or services, not both' }]);
  const list = dto.services ?? (dto.service ? [dto.service] : []);
  if (list.length === 0)
    throw new ValidationFailedError([{ field: 'service', message: 'service or services is required' }]);
  return list;
}

@ApiTags(SCHEDULING_TAGS.availability)
@Controller('scheduling/v1')
export class AvailabilityController {
  constructor(
    private readonly availability: GetAvailabilityUseCase,
    private readonly holds: CreateHoldUseCase,
    private readonly releasing: ReleaseHoldUseCase,
    private readonly extending: ExtendHoldUseCase,
  ) {}

  @Get('availability')
  @Public()
  @ApiOperation({
    operationId: 'getAvailability',
    summary: 'Free slots of one or more procedures (a,b) for a municipality, at one or every site',
  })
  @ApiOkResponse({ type: AvailabilityResponse, description: 'Start and end with the Europe/Rome offset' })
  @ApiProblems(
    [400, 'Bad slugs or dates, to before from, or more than 62 days'],
    [404, 'Unknown procedure, municipality or site'],
    [422, 'Not bookable for that municipality, or the site does not serve it'],
  )
  async get(@Query() q: AvailabilityQueryDto, @Res({ passthrough: true }) res: Response): Promise<string> {
    const json = await this.availability.executeJson({
      services: q.service.split(','),
      tenant: q.tenant,
      site: q.site,
      from: q.from,
      to: q.to,
    });
    res.type('application/json');
    return json;
  }

  @Post('holds')
  @Public()
  @ApiOperation({
    operationId: 'createHold',
    summary: 'Keep a slot for a few minutes while the citizen fills the form',
  })
  @ApiCreatedResponse({ type: HoldResponse })
  @ApiProblems(
    [400, 'Invalid request (service or services, exactly one)'],
    [404, 'Unknown procedure, municipality or site'],
    [409, 'The slot is full'],
    [422, 'Not a slot of that site: closed, in the past, beyond the horizon, or not bookable'],
    [429, 'Too many holds from this address, or too many open at once'],
  )
  hold(@Body() dto: CreateHoldDto, @Ip() client: string) {
    return this.holds.execute({
      services: servicesOf(dto),
      tenant: dto.tenant,
      site: dto.site,
      start: toInstant(dto.start),
      client,
    });
  }

  @Delete('holds/:holdId')
  @Public()
  @HttpCode(204)
  @ApiOperation({
    operationId: 'releaseHold',
    summary: 'Give a held slot back (the citizen chose another one, or left); the hold id is its only key',
  })
  @ApiNoContentResponse({ description: 'Released: the counter is free at once' })
  @ApiProblems([400, 'Not a hold id'], [404, 'No such hold (released, used by a booking, or expired)'])
  async release(@Param() p: HoldParams): Promise<void> {
    await this.releasing.execute(p.holdId);
  }

  @Post('holds/:holdId/extend')
  @Public()
  @HttpCode(200)
  @ApiOperation({
    operationId: 'extendHold',
    summary:
      'Keep a held slot longer while the form is filled, up to a maximum lifetime from when it was held',
  })
  @ApiOkResponse({ type: HoldResponse, description: 'The new expiry' })
  @ApiProblems(
    [400, 'Not a hold id'],
    [404, 'No such hold'],
    [409, 'The hold has expired: hold the slot again'],
    [422, 'The hold is at its maximum lifetime'],
  )
  extend(@Param() p: HoldParams) {
    return this.extending.execute(p.holdId);
  }
}

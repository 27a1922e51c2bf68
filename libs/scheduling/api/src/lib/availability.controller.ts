import { Body, Controller, Get, Ip, Post, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CreateHoldUseCase, GetAvailabilityUseCase } from '@facile/scheduling/application';
import { Public } from '@facile/platform/auth';
import { ValidationFailedError } from '@facile/platform/errors';
import { AvailabilityQueryDto } from './dto/queries.dto';
import { CreateHoldDto, SlotRequestDto } from './dto/booking.dto';

/** `service` or `services`, exactly one of them. */
export function servicesOf(dto: SlotRequestDto): string[] {
  if (dto.service && dto.services) throw new ValidationFailedError([{ field: 'services', message: 'give service or services, not both' }]);
  const list = dto.services ?? (dto.service ? [dto.service] : []);
  if (list.length === 0) throw new ValidationFailedError([{ field: 'service', message: 'service or services is required' }]);
  return list;
}

@ApiTags('availability')
@Controller('scheduling/v1')
export class AvailabilityController {
  constructor(
    private readonly availability: GetAvailabilityUseCase,
    private readonly holds: CreateHoldUseCase,
  ) {}

  @Get('availability')
  @Public()
  @ApiOperation({ summary: 'Free slots of one or more procedures (a,b) for a municipality, at one or every site' })
  @ApiOkResponse({ description: '{slots: [{site, start, end, available}]} with Europe/Rome offsets' })
  async get(@Query() q: AvailabilityQueryDto, @Res({ passthrough: true }) res: Response): Promise<string> {
    const json = await this.availability.executeJson({ services: q.service.split(','), tenant: q.tenant, site: q.site, from: q.from, to: q.to });
    res.type('application/json');
    return json;
  }

  @Post('holds')
  @Public()
  @ApiOperation({ summary: 'Keep a slot for a few minutes while the citizen fills the form' })
  @ApiCreatedResponse({ description: '{holdId, expiresAt}' })
  hold(@Body() dto: CreateHoldDto, @Ip() client: string) {
    return this.holds.execute({ services: servicesOf(dto), tenant: dto.tenant, site: dto.site, start: dto.start, client });
  }
}

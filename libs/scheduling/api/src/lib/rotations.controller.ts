import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RotationsUseCase } from '@facile/scheduling/application';
import { CurrentPrincipal, Principal, Public, Roles } from '@facile/platform/auth';
import { CreateRotationDto, RotationsQuery } from './dto/rotation.dto';

@ApiTags('shared calendar')
@Controller('scheduling/v1/rotations')
export class RotationsController {
  constructor(private readonly rotations: RotationsUseCase) {}

  @Post()
  @Roles('tenant-admin', 'union-admin')
  @ApiBearerAuth('staff')
  @ApiOperation({ summary: 'Add a rotation (RRULE); 409 when the resource would be at two sites at once' })
  create(@Body() dto: CreateRotationDto, @CurrentPrincipal() principal: Principal) {
    return this.rotations.create({ ...dto }, principal);
  }

  @Get()
  @Public()
  @ApiOperation({ summary: 'Occurrences of the shared calendar between two dates' })
  list(@Query() q: RotationsQuery) {
    return this.rotations.occurrences(q.from, q.to, q.site);
  }
}

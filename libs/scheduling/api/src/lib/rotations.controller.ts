import { Body, Controller, Get, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '@facile/platform/http';
import { RotationsUseCase } from '@facile/scheduling/application';
import { CurrentPrincipal, Principal, Public, Roles } from '@facile/platform/auth';
import { ChangeRotationDto, CreateRotationDto, RotationParams, RotationsQuery } from './dto/rotation.dto';
import { RotationOccurrencesResponse, RotationResponse } from './dto/rotation.response';
import { SCHEDULING_TAGS } from './openapi/api-tags';

@ApiTags(SCHEDULING_TAGS.sharedCalendar)
@Controller('scheduling/v1/rotations')
export class RotationsController {
  constructor(private readonly rotations: RotationsUseCase) {}

  @Post()
  @Roles('tenant-admin', 'union-admin')
  @ApiBearerAuth('staff')
  @ApiOperation({
    operationId: 'createRotation',
    summary: 'Add a rotation (RRULE); 409 when the resource would be at two sites at once',
  })
  @ApiCreatedResponse({ type: RotationResponse })
  @ApiProblems(
    [400, 'A bad RRULE, times or start date'],
    401,
    [403, "Not an admin of the site's municipality nor a union admin"],
    [404, 'No such site'],
    [409, 'The id exists, or the resource would be at another site at the same time'],
  )
  create(@Body() dto: CreateRotationDto, @CurrentPrincipal() principal: Principal) {
    return this.rotations.create({ ...dto }, principal);
  }

  @Get()
  @Public()
  @ApiOperation({
    operationId: 'listRotationOccurrences',
    summary: 'Occurrences of the shared calendar between two dates',
  })
  @ApiOkResponse({ type: RotationOccurrencesResponse })
  @ApiProblems([400, 'Bad dates, to before from, or more than 62 days'])
  list(@Query() q: RotationsQuery) {
    return this.rotations.occurrences(q.from, q.to, q.site);
  }

  @Get(':id')
  @Public()
  @ApiOperation({
    operationId: 'getRotation',
    summary: 'One rotation of the shared calendar, with its RRULE',
  })
  @ApiOkResponse({ type: RotationResponse })
  @ApiProblems(400, [404, 'No such rotation'])
  get(@Param() p: RotationParams) {
    return this.rotations.get(p.id);
  }

  @Put(':id')
  @Roles('tenant-admin', 'union-admin')
  @ApiBearerAuth('staff')
  @ApiOperation({
    operationId: 'changeRotation',
    summary: 'Change a rotation (days, hours, site); 409 when the resource would be at two sites at once',
  })
  @ApiOkResponse({ type: RotationResponse })
  @ApiProblems(
    [400, 'A bad RRULE, times or start date'],
    401,
    [403, "Not an admin of the old and new site's municipality nor a union admin"],
    [404, 'No such rotation or site'],
    [409, 'The resource would be at another site at the same time'],
  )
  change(
    @Param() p: RotationParams,
    @Body() dto: ChangeRotationDto,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.rotations.change(p.id, { ...dto }, principal);
  }
}

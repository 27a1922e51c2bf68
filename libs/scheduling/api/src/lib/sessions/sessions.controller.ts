import { Body, Controller, Get, Headers, HttpCode, Ip, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CancelSessionUseCase, CreateSessionUseCase, ListSessionsUseCase, ManageRegistrationUseCase, RegisterForSessionUseCase } from '@facile/scheduling/application';
import { CurrentPrincipal, Principal, Public, Roles } from '@facile/platform/auth';
import { LookupLimit } from '@facile/platform/persistence';
import { CreateSessionDto, RegisterDto, RegistrationParams, SessionParams, SessionsQuery } from './session.dto';

const TOKEN_HEADER = { name: 'X-Manage-Token', required: true, description: 'The token returned at registration' };

@ApiTags('sessions')
@Controller('scheduling/v1/sessions')
export class SessionsController {
  constructor(
    private readonly listing: ListSessionsUseCase,
    private readonly creating: CreateSessionUseCase,
    private readonly cancelling: CancelSessionUseCase,
    private readonly registering: RegisterForSessionUseCase,
    private readonly manage: ManageRegistrationUseCase,
    private readonly limit: LookupLimit,
  ) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'Group sessions with the seats left (tenant: at sites serving that municipality)' })
  list(@Query() q: SessionsQuery) {
    return this.listing.list(q);
  }

  @Get(':id')
  @Public()
  @ApiOperation({ summary: 'One session with the seats left' })
  get(@Param() p: SessionParams) {
    return this.listing.get(p.id);
  }

  @Post()
  @Roles('tenant-admin', 'union-admin')
  @ApiBearerAuth('staff')
  @ApiOperation({ summary: "Schedule a session (admins of the site's municipality, union admins)" })
  create(@Body() dto: CreateSessionDto, @CurrentPrincipal() principal: Principal) {
    return this.creating.execute({ ...dto }, principal);
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @Roles('tenant-admin', 'union-admin')
  @ApiBearerAuth('staff')
  @ApiOperation({ summary: 'Cancel a session; everyone registered or waiting is told' })
  cancel(@Param() p: SessionParams, @CurrentPrincipal() principal: Principal) {
    return this.cancelling.execute(p.id, principal);
  }

  @Post(':id/registrations')
  @Public()
  @ApiOperation({ summary: 'Register: a seat while one is left, else the waiting list; 409 for a second registration of one person' })
  @ApiCreatedResponse({ description: '{code, manageToken, status: registered|waitlisted, position?}' })
  register(@Param() p: SessionParams, @Body() dto: RegisterDto) {
    return this.registering.execute({ sessionId: p.id, caseCode: dto.caseCode, citizen: { ...dto.citizen } });
  }

  @Get(':id/registrations/:code')
  @Public()
  @ApiHeader(TOKEN_HEADER)
  @ApiOperation({ summary: 'The registration (status, waiting position)' })
  async read(@Param() p: RegistrationParams, @Headers('x-manage-token') token: string | undefined, @Ip() ip: string) {
    await this.limit.check(ip);
    return this.manage.read(p.id, p.code, token);
  }

  @Post(':id/registrations/:code/cancel')
  @HttpCode(200)
  @Public()
  @ApiHeader(TOKEN_HEADER)
  @ApiOperation({ summary: 'Cancel; a freed seat goes to the first person waiting' })
  async cancelRegistration(@Param() p: RegistrationParams, @Headers('x-manage-token') token: string | undefined, @Ip() ip: string) {
    await this.limit.check(ip);
    return this.manage.cancel(p.id, p.code, token);
  }
}

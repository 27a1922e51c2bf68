import { Body, Controller, Get, Headers, HttpCode, Ip, Param, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { ApiProblems } from '@facile/platform/http';
import {
  CancelSessionUseCase,
  CreateSessionUseCase,
  ListRegistrationsUseCase,
  ListSessionsUseCase,
  ManageRegistrationUseCase,
  RegisterForSessionUseCase,
} from '@facile/scheduling/sessions-application';
import { CurrentPrincipal, Principal, Public, Roles } from '@facile/platform/auth';
import { LookupLimit } from '@facile/platform/persistence';
import {
  CreateSessionDto,
  RegisterDto,
  RegistrationParams,
  SessionParams,
  SessionsQuery,
} from './session.dto';
import {
  RegistrationResponse,
  SessionListResponse,
  SessionRegistrationsResponse,
  SessionResponse,
} from './session.response';
import { SESSIONS_TAG } from './openapi';

const TOKEN_HEADER = {
  name: 'X-Manage-Token',
  required: true,
  description: 'The token returned at registration',
  example: 'q8Zx1Yb3VwKpR2mT5nLc0A',
};
const NO_SESSION: [404, string] = [404, 'No such session'];
const NO_REGISTRATION: [404, string] = [
  404,
  'No registration with this code for this token (the two look the same)',
];
const TOO_MANY: [429, string] = [
  429,
  'Too many lookups by code from this client; retry after Retry-After seconds',
];
const NOT_ADMIN: [403, string] = [403, "Not an admin of the site's municipality nor a union admin"];

@ApiTags(SESSIONS_TAG)
@Controller('scheduling/v1/sessions')
export class SessionsController {
  constructor(
    private readonly listing: ListSessionsUseCase,
    private readonly creating: CreateSessionUseCase,
    private readonly cancelling: CancelSessionUseCase,
    private readonly registering: RegisterForSessionUseCase,
    private readonly manage: ManageRegistrationUseCase,
    private readonly limit: LookupLimit,
    private readonly registrations: ListRegistrationsUseCase,
  ) {}

  @Get()
  @Public()
  @ApiOperation({
    operationId: 'listSessions',
    summary: 'Group sessions with the seats left (tenant: at sites serving that municipality)',
  })
  @ApiOkResponse({ type: SessionListResponse })
  @ApiProblems([400, 'Bad dates, to before from, or more than a year'], [404, 'Unknown municipality or site'])
  list(@Query() q: SessionsQuery) {
    return this.listing.list(q);
  }

  @Get(':id')
  @Public()
  @ApiOperation({ operationId: 'getSession', summary: 'One session with the seats left' })
  @ApiOkResponse({ type: SessionResponse })
  @ApiProblems([400, 'Not a session id'], NO_SESSION)
  get(@Param() p: SessionParams) {
    return this.listing.get(p.id);
  }

  @Post()
  @Roles('tenant-admin', 'union-admin')
  @ApiBearerAuth('staff')
  @ApiOperation({
    operationId: 'createSession',
    summary: "Schedule a session (admins of the site's municipality, union admins)",
  })
  @ApiCreatedResponse({ type: SessionResponse })
  @ApiProblems(
    [400, 'Invalid session (end not after start, seats 1 to 1000)'],
    401,
    NOT_ADMIN,
    [404, 'No such site'],
    [422, 'The session would start in the past'],
  )
  create(@Body() dto: CreateSessionDto, @CurrentPrincipal() principal: Principal) {
    return this.creating.execute({ ...dto }, principal);
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @Roles('tenant-admin', 'union-admin')
  @ApiBearerAuth('staff')
  @ApiOperation({
    operationId: 'cancelSession',
    summary: 'Cancel a session; everyone registered or waiting is told',
  })
  @ApiOkResponse({ type: SessionResponse })
  @ApiProblems([400, 'Not a session id'], 401, NOT_ADMIN, NO_SESSION, [
    409,
    'The session is already cancelled',
  ])
  cancel(@Param() p: SessionParams, @CurrentPrincipal() principal: Principal) {
    return this.cancelling.execute(p.id, principal);
  }

  @Post(':id/registrations')
  @Public()
  @ApiOperation({
    operationId: 'registerForSession',
    summary:
      'Register: a seat while one is left, else the waiting list; 409 for a second registration of one person',
  })
  @ApiCreatedResponse({
    type: RegistrationResponse,
    description: 'registered, or waitlisted with its position; with the manageToken',
  })
  @ApiProblems(
    [400, 'Invalid citizen (a fiscalCode or an email is required)'],
    NO_SESSION,
    [409, 'The person is already registered, or the session is cancelled'],
    [422, 'The session has already started'],
  )
  register(@Param() p: SessionParams, @Body() dto: RegisterDto) {
    return this.registering.execute({ sessionId: p.id, caseCode: dto.caseCode, citizen: { ...dto.citizen } });
  }

  @Get(':id/registrations')
  @Roles('tenant-admin', 'union-admin')
  @ApiBearerAuth('staff')
  @ApiOperation({
    operationId: 'listSessionRegistrations',
    summary: "Who holds a seat and who waits, in order (admins of the session's municipality, union admins)",
  })
  @ApiOkResponse({ type: SessionRegistrationsResponse })
  @ApiProblems([400, 'Not a session id'], 401, NOT_ADMIN, NO_SESSION)
  listRegistrations(@Param() p: SessionParams, @CurrentPrincipal() principal: Principal) {
    return this.registrations.execute(p.id, principal);
  }

  @Get(':id/registrations/:code')
  @Public()
  @ApiHeader(TOKEN_HEADER)
  @ApiOperation({ operationId: 'getRegistration', summary: 'The registration (status, waiting position)' })
  @ApiOkResponse({ type: RegistrationResponse })
  @ApiProblems(400, NO_REGISTRATION, TOO_MANY)
  async read(
    @Param() p: RegistrationParams,
    @Headers('x-manage-token') token: string | undefined,
    @Ip() ip: string,
  ) {
    await this.limit.check(ip);
    return this.manage.read(p.id, p.code, token);
  }

  @Post(':id/registrations/:code/cancel')
  @HttpCode(200)
  @Public()
  @ApiHeader(TOKEN_HEADER)
  @ApiOperation({
    operationId: 'cancelRegistration',
    summary: 'Cancel; a freed seat goes to the first person waiting',
  })
  @ApiOkResponse({ type: RegistrationResponse })
  @ApiProblems(400, NO_REGISTRATION, [409, 'The registration is already cancelled'], TOO_MANY)
  async cancelRegistration(
    @Param() p: RegistrationParams,
    @Headers('x-manage-token') token: string | undefined,
    @Ip() ip: string,
  ) {
    await this.limit.check(ip);
    return this.manage.cancel(p.id, p.code, token);
  }
}

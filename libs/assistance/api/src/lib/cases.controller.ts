import { Body, Controller, Get, Headers, HttpCode, Ip, Param, Post, Query, UseGuards } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import {
  ListCasesUseCase,
  OpenCaseUseCase,
  ReadCaseUseCase,
  TransitionCaseUseCase,
} from '@facile/assistance/application';
import { CurrentPrincipal, OptionalAuth, Principal, Public, Roles } from '@facile/platform/auth';
import { ApiProblems } from '@facile/platform/http';
import { CaseResponse, OpenedCaseResponse } from './dto/case.response';
import { OpenCaseDto } from './dto/open-case.dto';
import { CasesQuery, CodeParams } from './dto/queries.dto';
import { TransitionDto } from './dto/transition.dto';
import { LookupLimit } from '@facile/platform/persistence';
import { NoCredentialsGuard } from './no-credentials.guard';

const TOKEN_HEADER = {
  name: 'X-Manage-Token',
  required: false,
  description: 'The token returned when the case was opened (citizens); staff use a bearer token',
  example: 'q3J0c2Y1dGV4dC1leGFtcGxlLW1hbmFnZS10b2tlbi0x',
};
/** Lookups by code are limited per client address (enumeration). */
const RATE_LIMITED: [429, string] = [
  429,
  'Too many lookups from this address; retry after `Retry-After` seconds',
];

@ApiTags('cases')
@Controller('assistance/v1/cases')
export class CasesController {
  constructor(
    private readonly openCase: OpenCaseUseCase,
    private readonly readCase: ReadCaseUseCase,
    private readonly transitions: TransitionCaseUseCase,
    private readonly listCases: ListCasesUseCase,
    private readonly limit: LookupLimit,
  ) {}

  @Post()
  @Public()
  @UseGuards(NoCredentialsGuard)
  @ApiOperation({
    operationId: 'openCase',
    summary:
      'Open a case: checklist (satisfied / missing), next steps, and the manage token (given once). Credentials are refused (400).',
  })
  @ApiCreatedResponse({ type: OpenedCaseResponse })
  @ApiProblems(
    [
      400,
      'Not valid, an unknown topic or prerequisite, not a municipality, or a credential field (password, PIN, PUK, OTP)',
    ],
    [404, 'Unknown municipality'],
    [422, 'The citizen is too young for this topic (`age-requirement`)'],
    503,
  )
  open(@Body() dto: OpenCaseDto) {
    return this.openCase.execute({
      topic: dto.topic,
      tenant: dto.tenant,
      citizen: { ...dto.citizen },
      has: dto.has,
      channel: dto.channel,
    });
  }

  @Get()
  @Roles('operator', 'tenant-admin', 'union-admin')
  @ApiBearerAuth('staff')
  @ApiOperation({
    operationId: 'listCases',
    summary: 'Cases for operators; a tenant admin only of their municipalities (another → 403)',
  })
  @ApiOkResponse({ type: [CaseResponse], description: 'Newest first, at most 500, without their history' })
  @ApiProblems(400, 401, [403, "Another municipality's cases"], [404, 'Unknown municipality'], 503)
  list(@Query() q: CasesQuery, @CurrentPrincipal() principal: Principal) {
    return this.listCases.execute(principal, q);
  }

  @Get(':code')
  @OptionalAuth()
  @ApiHeader(TOKEN_HEADER)
  @ApiOperation({
    operationId: 'getCase',
    summary: 'The case, with its history. A wrong or missing manage token is a 404, like an unknown code',
    security: [{ manageToken: [] }, { staff: [] }],
  })
  @ApiOkResponse({ type: CaseResponse })
  @ApiProblems(
    400,
    [401, 'A staff token that is not valid or has expired'],
    [403, "Staff: another municipality's case"],
    [404, 'No case with this code and manage token (the same answer for an unknown code)'],
    RATE_LIMITED,
    503,
  )
  async read(
    @Param() p: CodeParams,
    @Headers('x-manage-token') token: string | undefined,
    @Ip() ip: string,
    @CurrentPrincipal() principal?: Principal,
  ) {
    await this.limit.check(ip);
    return this.readCase.read(p.code, token, principal);
  }

  @Post(':code/cancel')
  @HttpCode(200)
  @Public()
  @ApiHeader({ ...TOKEN_HEADER, required: true })
  @ApiOperation({
    operationId: 'cancelCase',
    summary: 'The citizen cancels the case (open or scheduled)',
    security: [{ manageToken: [] }],
  })
  @ApiOkResponse({ type: CaseResponse, description: 'The cancelled case' })
  @ApiProblems(
    400,
    [404, 'No case with this code and manage token'],
    [409, 'The case is no longer open or scheduled (`invalid-transition`)'],
    RATE_LIMITED,
    503,
  )
  async cancel(
    @Param() p: CodeParams,
    @Headers('x-manage-token') token: string | undefined,
    @Ip() ip: string,
  ) {
    await this.limit.check(ip);
    return this.transitions.cancelByCitizen(p.code, token);
  }

  @Post(':code/transitions')
  @HttpCode(200)
  @Roles('operator', 'tenant-admin', 'union-admin')
  @UseGuards(NoCredentialsGuard)
  @ApiBearerAuth('staff')
  @ApiOperation({
    operationId: 'transitionCase',
    summary:
      'Move the case (409 when not allowed); resolving needs an outcome; facilitation attributes at closure',
  })
  @ApiOkResponse({ type: CaseResponse, description: 'The case after the transition' })
  @ApiProblems(
    [
      400,
      'Not valid, or an outcome / facilitation on a transition other than resolved or referred, or a credential field',
    ],
    401,
    [403, "Another municipality's case"],
    [404, 'Unknown case'],
    [409, 'This transition is not allowed from the current status (`invalid-transition`)'],
    [422, 'Resolving needs an outcome (`outcome-required`)'],
    503,
  )
  transition(@Param() p: CodeParams, @Body() dto: TransitionDto, @CurrentPrincipal() principal: Principal) {
    return this.transitions.byStaff(
      p.code,
      {
        to: dto.to,
        outcome: dto.outcome,
        note: dto.note,
        facilitation: dto.facilitation ? { ...dto.facilitation } : undefined,
      },
      principal,
    );
  }
}

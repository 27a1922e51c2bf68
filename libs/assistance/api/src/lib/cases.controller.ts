import { Body, Controller, Get, Headers, HttpCode, Ip, Param, Post, Query, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ListCasesUseCase, OpenCaseUseCase, ReadCaseUseCase, TransitionCaseUseCase } from '@facile/assistance/application';
import { CurrentPrincipal, OptionalAuth, Principal, Public, Roles } from '@facile/platform/auth';
import { OpenCaseDto } from './dto/open-case.dto';
import { CasesQuery, CodeParams } from './dto/queries.dto';
import { TransitionDto } from './dto/transition.dto';
import { LookupLimit } from '@facile/platform/persistence';
import { NoCredentialsGuard } from './no-credentials.guard';

const TOKEN_HEADER = { name: 'X-Manage-Token', required: false, description: 'The token returned when the case was opened (citizens); staff use a bearer token' };

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
  @ApiOperation({ summary: 'Open a case: checklist (satisfied / missing), next steps, and the manage token (given once). Credentials are refused (400).' })
  @ApiCreatedResponse({ description: '{code, manageToken, status, checklist, missing, nextSteps}' })
  open(@Body() dto: OpenCaseDto) {
    return this.openCase.execute({ topic: dto.topic, tenant: dto.tenant, citizen: { ...dto.citizen }, has: dto.has, channel: dto.channel });
  }

  @Get()
  @Roles('operator', 'tenant-admin', 'union-admin')
  @ApiBearerAuth('staff')
  @ApiOperation({ summary: 'Cases for operators; a tenant admin only of their municipalities (another → 403)' })
  list(@Query() q: CasesQuery, @CurrentPrincipal() principal: Principal) {
    return this.listCases.execute(principal, q);
  }

  @Get(':code')
  @OptionalAuth()
  @ApiHeader(TOKEN_HEADER)
  @ApiOperation({ summary: 'The case, with its history. A wrong or missing manage token is a 404, like an unknown code' })
  async read(@Param() p: CodeParams, @Headers('x-manage-token') token: string | undefined, @Ip() ip: string, @CurrentPrincipal() principal?: Principal) {
    await this.limit.check(ip);
    return this.readCase.read(p.code, token, principal);
  }

  @Post(':code/cancel')
  @HttpCode(200)
  @Public()
  @ApiHeader({ ...TOKEN_HEADER, required: true })
  @ApiOperation({ summary: 'The citizen cancels the case (open or scheduled)' })
  async cancel(@Param() p: CodeParams, @Headers('x-manage-token') token: string | undefined, @Ip() ip: string) {
    await this.limit.check(ip);
    return this.transitions.cancelByCitizen(p.code, token);
  }

  @Post(':code/transitions')
  @HttpCode(200)
  @Roles('operator', 'tenant-admin', 'union-admin')
  @UseGuards(NoCredentialsGuard)
  @ApiBearerAuth('staff')
  @ApiOperation({ summary: 'Move the case (409 when not allowed); resolving needs an outcome; facilitation attributes at closure' })
  transition(@Param() p: CodeParams, @Body() dto: TransitionDto, @CurrentPrincipal() principal: Principal) {
    return this.transitions.byStaff(p.code, { to: dto.to, outcome: dto.outcome, note: dto.note, facilitation: dto.facilitation ? { ...dto.facilitation } : undefined }, principal);
  }
}

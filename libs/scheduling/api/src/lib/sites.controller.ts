import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '@facile/platform/http';
import {
  ConfigureSiteUseCase,
  ManageSitesUseCase,
  SchedulingReader,
  VisitPlanner,
} from '@facile/scheduling/application';
import { CurrentPrincipal, Principal, Public, Roles } from '@facile/platform/auth';
import { NotFoundError, ValidationFailedError } from '@facile/platform/errors';
import { TenantRegistry } from '@facile/platform/tenancy';
import { OpeningHours } from '@facile/scheduling/domain';
import { SiteDateParams, SiteParams, SiteServiceParams } from './dto/params.dto';
import { SitesQuery } from './dto/queries.dto';
import { ClosureDto, CreateSiteDto, OfferingDto, OpeningHoursDto, UpdateSiteDto } from './dto/site-admin.dto';
import {
  ClosureResponse,
  SiteExceptionListResponse,
  SiteExceptionResponse,
  SiteListResponse,
  SiteOfferingResponse,
  SiteResponse,
} from './dto/site.response';
import { SCHEDULING_TAGS } from './openapi/api-tags';

const NOT_ADMIN: [403, string] = [403, "Not an admin of the site's municipality nor a union admin"];

@ApiTags(SCHEDULING_TAGS.sites)
@Controller('scheduling/v1/sites')
export class SitesController {
  constructor(
    private readonly reader: SchedulingReader,
    private readonly planner: VisitPlanner,
    private readonly configure: ConfigureSiteUseCase,
    private readonly tenants: TenantRegistry,
    private readonly manage: ManageSitesUseCase,
  ) {}

  @Get()
  @Public()
  @ApiOperation({
    operationId: 'listSites',
    summary: 'Sites of the network; with tenant (and service), those that serve it',
  })
  @ApiOkResponse({ type: SiteListResponse })
  @ApiProblems(
    [400, 'A bad tenant or service, or service without tenant'],
    [404, 'Unknown municipality or procedure'],
    [422, 'The procedure cannot be booked for that municipality'],
  )
  async list(@Query() q: SitesQuery) {
    if (q.service) {
      if (!q.tenant)
        throw new ValidationFailedError([{ field: 'tenant', message: 'tenant is required with service' }]);
      const plans = await this.planner.plan([q.service], q.tenant);
      return { items: plans.map((p) => p.site) };
    }
    const sites = await this.reader.sites();
    if (q.tenant) this.tenants.require(q.tenant);
    return { items: q.tenant ? sites.filter((s) => s.servesAllTenants || s.tenant === q.tenant) : sites };
  }

  @Get(':id')
  @Public()
  @ApiOperation({ operationId: 'getSite', summary: 'One site with its counters and weekly hours' })
  @ApiOkResponse({ type: SiteResponse })
  @ApiProblems(400, [404, 'No such site'])
  async get(@Param() p: SiteParams) {
    const site = (await this.reader.sites()).find((s) => s.id === p.id);
    if (!site) throw new NotFoundError(`No site '${p.id}'`);
    return site;
  }

  @Post()
  @Roles('tenant-admin', 'union-admin')
  @ApiBearerAuth('staff')
  @ApiOperation({
    operationId: 'createSite',
    summary: 'Add a site (an admin of its municipality, or a union admin); 409 when the id exists',
  })
  @ApiCreatedResponse({ type: SiteResponse, description: 'The site' })
  @ApiProblems(
    [400, 'Invalid site (or tenant not a municipality, or bad opening hours)'],
    401,
    [403, 'Not an admin of that municipality nor a union admin'],
    [404, 'Unknown municipality'],
    [409, 'A site with this id exists'],
  )
  create(@Body() body: CreateSiteDto, @CurrentPrincipal() principal: Principal) {
    return this.manage.create(
      { ...body, openingHours: body.openingHours ? ({ ...body.openingHours } as OpeningHours) : undefined },
      principal,
    );
  }

  @Patch(':id')
  @Roles('tenant-admin', 'union-admin')
  @ApiBearerAuth('staff')
  @ApiOperation({
    operationId: 'updateSite',
    summary: 'Change a site; fields left out keep their value (409 when fewer counters than bookings use)',
  })
  @ApiOkResponse({ type: SiteResponse, description: 'The site' })
  @ApiProblems(
    400,
    401,
    NOT_ADMIN,
    [404, 'No such site'],
    [409, 'Fewer counters than the active bookings use'],
  )
  update(@Param() p: SiteParams, @Body() body: UpdateSiteDto, @CurrentPrincipal() principal: Principal) {
    return this.manage.update(
      p.id,
      { ...body, openingHours: body.openingHours ? ({ ...body.openingHours } as OpeningHours) : undefined },
      principal,
    );
  }

  @Put(':id/opening-hours')
  @Roles('tenant-admin', 'union-admin')
  @ApiBearerAuth('staff')
  @ApiOperation({
    operationId: 'setOpeningHours',
    summary: 'Replace the weekly opening hours (the site municipality admin or a union admin)',
  })
  @ApiOkResponse({ type: SiteResponse, description: 'The site' })
  @ApiProblems([400, 'Bad intervals (format, end before start, overlaps)'], 401, NOT_ADMIN, [
    404,
    'No such site',
  ])
  setHours(@Param() p: SiteParams, @Body() body: OpeningHoursDto, @CurrentPrincipal() principal: Principal) {
    return this.configure.setOpeningHours(p.id, { ...body } as OpeningHours, principal);
  }

  @Post(':id/closures')
  @Roles('tenant-admin', 'union-admin')
  @ApiBearerAuth('staff')
  @ApiOperation({
    operationId: 'addClosure',
    summary: 'Close a date (or set other hours); lists the bookings affected',
  })
  @ApiCreatedResponse({ type: ClosureResponse })
  @ApiProblems([400, 'Not a real date, or bad hours'], 401, NOT_ADMIN, [404, 'No such site'])
  addClosure(@Param() p: SiteParams, @Body() body: ClosureDto, @CurrentPrincipal() principal: Principal) {
    return this.configure.addException(p.id, body.date, body.hours ?? [], body.reason ?? null, principal);
  }

  @Post(':id/closures/preview')
  @HttpCode(200)
  @Roles('tenant-admin', 'union-admin')
  @ApiBearerAuth('staff')
  @ApiOperation({
    operationId: 'previewClosure',
    summary: 'The bookings a closure would affect, before it is saved (nothing is written, nobody is told)',
  })
  @ApiOkResponse({ type: ClosureResponse })
  @ApiProblems([400, 'Not a real date, or bad hours'], 401, NOT_ADMIN, [404, 'No such site'])
  previewClosure(@Param() p: SiteParams, @Body() body: ClosureDto, @CurrentPrincipal() principal: Principal) {
    return this.configure.previewException(p.id, body.date, body.hours ?? [], body.reason ?? null, principal);
  }

  @Get(':id/closures')
  @Roles('tenant-admin', 'union-admin')
  @ApiBearerAuth('staff')
  @ApiOperation({
    operationId: 'listClosures',
    summary: "The site's closures and other hours from today on",
  })
  @ApiOkResponse({ type: SiteExceptionListResponse })
  @ApiProblems(400, 401, NOT_ADMIN, [404, 'No such site'])
  listClosures(@Param() p: SiteParams, @CurrentPrincipal() principal: Principal) {
    return this.configure.listExceptions(p.id, principal);
  }

  @Delete(':id/closures/:date')
  @Roles('tenant-admin', 'union-admin')
  @ApiBearerAuth('staff')
  @ApiOperation({
    operationId: 'removeClosure',
    summary: 'Remove the exception of a date: the weekly hours apply again',
  })
  @ApiOkResponse({ type: SiteExceptionResponse, description: 'The exception removed' })
  @ApiProblems([400, 'Not a real date'], 401, NOT_ADMIN, [404, 'No such site, or no exception that day'])
  removeClosure(@Param() p: SiteDateParams, @CurrentPrincipal() principal: Principal) {
    return this.configure.removeException(p.id, p.date, principal);
  }

  @Get(':id/offerings/:service')
  @Roles('tenant-admin', 'union-admin')
  @ApiBearerAuth('staff')
  @ApiOperation({
    operationId: 'getSiteOffering',
    summary: 'How the site offers a procedure (the defaults when never set)',
  })
  @ApiOkResponse({ type: SiteOfferingResponse })
  @ApiProblems(400, 401, NOT_ADMIN, [404, 'No such site or procedure'])
  getOffering(@Param() p: SiteServiceParams, @CurrentPrincipal() principal: Principal) {
    return this.configure.getOffering(p.id, p.service, principal);
  }

  @Put(':id/offerings/:service')
  @HttpCode(200)
  @Roles('tenant-admin', 'union-admin')
  @ApiBearerAuth('staff')
  @ApiOperation({
    operationId: 'setSiteOffering',
    summary: 'How the site offers a procedure; fields left out keep their value',
  })
  @ApiOkResponse({ type: SiteOfferingResponse })
  @ApiProblems(
    [400, 'Invalid settings (more counters than the site has, a tenant not a municipality)'],
    401,
    NOT_ADMIN,
    [404, 'No such site or procedure'],
  )
  putOffering(
    @Param() p: SiteServiceParams,
    @Body() body: OfferingDto,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.configure.putOffering(p.id, p.service, body, principal);
  }
}

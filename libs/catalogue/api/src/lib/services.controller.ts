import { Body, Controller, Get, Header, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiExtraModels,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import {
  CreateServiceUseCase,
  PublishServiceUseCase,
  RetireServiceUseCase,
  SearchServicesUseCase,
  ServiceCardStore,
  TaxonomySource,
  UpdateServiceUseCase,
} from '@facile/catalogue/application';
import { durationAt, ServiceCard, toCpsvJsonLd } from '@facile/catalogue/domain';
import { Public, Roles } from '@facile/platform/auth';
import { NotFoundError } from '@facile/platform/errors';
import { ApiProblems } from '@facile/platform/http';
import { TenantRegistry } from '@facile/platform/tenancy';
import { CreateServiceDto } from './create-service.dto';
import { CpsvPublicServiceResponse } from './cpsv.response';
import { CardQueryDto, SearchServicesQueryDto } from './search-services.dto';
import { ServiceCardResponse, ServiceSearchPageResponse } from './service.response';
import { SlugParams } from './slug.params';
import { UpdateServiceDto } from './update-service.dto';

@ApiTags('services')
@ApiExtraModels(CpsvPublicServiceResponse)
@Controller('catalogue/v1/services')
export class ServicesController {
  constructor(
    private readonly createService: CreateServiceUseCase,
    private readonly publishService: PublishServiceUseCase,
    private readonly updateService: UpdateServiceUseCase,
    private readonly retireService: RetireServiceUseCase,
    private readonly searchServices: SearchServicesUseCase,
    private readonly store: ServiceCardStore,
    private readonly taxonomy: TaxonomySource,
    private readonly tenants: TenantRegistry,
  ) {}

  @Get()
  @Public()
  @ApiOperation({
    operationId: 'searchServices',
    summary: 'Search published procedures (Italian full text, synonyms, typos) with filters and paging',
  })
  @ApiOkResponse({ type: ServiceSearchPageResponse, description: 'One page of matches' })
  @ApiProblems(400, [404, 'Unknown municipality in `tenant`'], 503)
  search(@Query() query: SearchServicesQueryDto) {
    if (query.tenant !== undefined) this.tenants.require(query.tenant);
    return this.searchServices.execute({ ...query, page: query.page ?? 1, pageSize: query.pageSize ?? 20 });
  }

  @Post()
  @Roles('union-admin')
  @ApiBearerAuth('staff')
  @ApiOperation({ operationId: 'createService', summary: 'Create a procedure card (draft)' })
  @ApiCreatedResponse({ type: ServiceCardResponse, description: 'The new draft card, without offerings' })
  @ApiProblems(400, 401, 403, [409, 'A card with this slug exists (`duplicate-slug`)'], 503)
  create(@Body() dto: CreateServiceDto) {
    return this.createService.execute({ ...dto, keywords: dto.keywords ?? [], sections: dto.sections ?? {} });
  }

  @Patch(':slug')
  @Roles('union-admin')
  @ApiBearerAuth('staff')
  @ApiOperation({
    operationId: 'updateService',
    summary: 'Edit a card; a published card emits catalogue.service.updated with the full card',
  })
  @ApiOkResponse({ type: ServiceCardResponse, description: 'The card as changed' })
  @ApiProblems(
    400,
    401,
    403,
    [404, 'Unknown procedure'],
    [409, 'Changed meanwhile by somebody else (`concurrent-change`): reload and retry'],
    503,
  )
  update(@Param() params: SlugParams, @Body() dto: UpdateServiceDto) {
    return this.updateService.execute(params.slug, { ...dto }, this.tenants.union.id);
  }

  @Post(':slug/publish')
  @HttpCode(200)
  @Roles('union-admin')
  @ApiBearerAuth('staff')
  @ApiOperation({
    operationId: 'publishService',
    summary: 'Publish a card; emits catalogue.service.published with the full card',
  })
  @ApiOkResponse({ type: ServiceCardResponse, description: 'The published card' })
  @ApiProblems(
    400,
    401,
    403,
    [404, 'Unknown procedure'],
    [409, 'Already published (`invalid-transition`) or changed meanwhile (`concurrent-change`)'],
    503,
  )
  publish(@Param() params: SlugParams) {
    return this.publishService.execute(params.slug, this.tenants.union.id);
  }

  @Post(':slug/retire')
  @HttpCode(200)
  @Roles('union-admin')
  @ApiBearerAuth('staff')
  @ApiOperation({
    operationId: 'retireService',
    summary: 'Retire a card; emits catalogue.service.retired with the full card',
  })
  @ApiOkResponse({ type: ServiceCardResponse, description: 'The retired card' })
  @ApiProblems(
    400,
    401,
    403,
    [404, 'Unknown procedure'],
    [409, 'Already retired (`invalid-transition`) or changed meanwhile (`concurrent-change`)'],
    503,
  )
  retire(@Param() params: SlugParams) {
    return this.retireService.execute(params.slug, this.tenants.union.id);
  }

  @Get(':slug.jsonld')
  @Public()
  @Header('Content-Type', 'application/ld+json')
  @ApiOperation({ operationId: 'getServiceJsonLd', summary: 'The card as CPSV-AP JSON-LD (PublicService)' })
  @ApiOkResponse({
    description: 'A cpsv:PublicService',
    content: { 'application/ld+json': { schema: { $ref: getSchemaPath(CpsvPublicServiceResponse) } } },
  })
  @ApiProblems(400, [404, 'Unknown or draft procedure'], 503)
  async jsonLd(@Param() params: SlugParams) {
    const card = await this.visible(params.slug);
    const category = this.taxonomy.categories().find((c) => c.id === card.category);
    return toCpsvJsonLd(card, {
      baseUrl: 'https://sportellofacile.unionevallesavio.it',
      categoryTitle: category?.title.it ?? card.category,
      lifeEventTitles: Object.fromEntries(this.taxonomy.lifeEvents().map((e) => [e.id, e.title.it])),
      authorities: this.tenants
        .municipalities()
        .map((t) => ({ id: t.id, name: t.name, istatCode: t.istatCode })),
    });
  }

  @Get(':slug')
  @Public()
  @ApiOperation({
    operationId: 'getService',
    summary: 'The full card with every municipality offering; with ?tenant= the duration there',
  })
  @ApiOkResponse({ type: ServiceCardResponse, description: 'The published or retired card' })
  @ApiProblems(400, [404, 'Unknown or draft procedure, or unknown municipality'], 503)
  async get(@Param() params: SlugParams, @Query() query: CardQueryDto) {
    const tenant = query.tenant === undefined ? undefined : this.tenants.require(query.tenant);
    const card = await this.visible(params.slug);
    return { ...card, durationMinutes: durationAt(card, tenant) };
  }

  private async visible(slug: string): Promise<ServiceCard> {
    const card = await this.store.find(slug);
    if (!card || card.status === 'draft') throw new NotFoundError(`No service with slug '${slug}'`);
    return card;
  }
}

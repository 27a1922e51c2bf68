import { Body, Controller, Get, Header, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
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
import { TenantRegistry } from '@facile/platform/tenancy';
import { CreateServiceDto } from './create-service.dto';
import { CardQueryDto, SearchServicesQueryDto } from './search-services.dto';
import { SlugParams } from './slug.params';
import { UpdateServiceDto } from './update-service.dto';

@ApiTags('services')
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
  @ApiOperation({ summary: 'Search published procedures (Italian full text, synonyms, typos) with filters and paging' })
  @ApiOkResponse({ description: '{ items: [{ slug, title, summary, category, bookable, tenants }], total, page, pageSize }' })
  search(@Query() query: SearchServicesQueryDto) {
    if (query.tenant !== undefined) this.tenants.require(query.tenant);
    return this.searchServices.execute({ ...query, page: query.page ?? 1, pageSize: query.pageSize ?? 20 });
  }

  @Post()
  @Roles('union-admin')
  @ApiBearerAuth('staff')
  @ApiOperation({ summary: 'Create a procedure card (draft)' })
  @ApiCreatedResponse({ description: 'The new draft card' })
  create(@Body() dto: CreateServiceDto) {
    return this.createService.execute({ ...dto, keywords: dto.keywords ?? [], sections: dto.sections ?? {} });
  }

  @Patch(':slug')
  @Roles('union-admin')
  @ApiBearerAuth('staff')
  @ApiOperation({ summary: 'Edit a card; a published card emits catalogue.service.updated with the full card' })
  @ApiOkResponse({ description: 'The card' })
  update(@Param() params: SlugParams, @Body() dto: UpdateServiceDto) {
    return this.updateService.execute(params.slug, { ...dto }, this.tenants.union.id);
  }

  @Post(':slug/publish')
  @HttpCode(200)
  @Roles('union-admin')
  @ApiBearerAuth('staff')
  @ApiOperation({ summary: 'Publish a card; emits catalogue.service.published with the full card' })
  publish(@Param() params: SlugParams) {
    return this.publishService.execute(params.slug, this.tenants.union.id);
  }

  @Post(':slug/retire')
  @HttpCode(200)
  @Roles('union-admin')
  @ApiBearerAuth('staff')
  @ApiOperation({ summary: 'Retire a card; emits catalogue.service.retired with the full card' })
  retire(@Param() params: SlugParams) {
    return this.retireService.execute(params.slug, this.tenants.union.id);
  }

  @Get(':slug.jsonld')
  @Public()
  @Header('Content-Type', 'application/ld+json')
  @ApiOperation({ summary: 'The card as CPSV-AP JSON-LD (PublicService)' })
  @ApiOkResponse({ description: 'A cpsv:PublicService' })
  @ApiNotFoundResponse({ description: 'Unknown procedure' })
  async jsonLd(@Param() params: SlugParams) {
    const card = await this.visible(params.slug);
    const category = this.taxonomy.categories().find((c) => c.id === card.category);
    return toCpsvJsonLd(card, {
      baseUrl: 'https://sportellofacile.unionevallesavio.it',
      categoryTitle: category?.title.it ?? card.category,
      lifeEventTitles: Object.fromEntries(this.taxonomy.lifeEvents().map((e) => [e.id, e.title.it])),
      authorities: this.tenants.municipalities().map((t) => ({ id: t.id, name: t.name, istatCode: t.istatCode })),
    });
  }

  @Get(':slug')
  @Public()
  @ApiOperation({ summary: 'The full card with every municipality offering; with ?tenant= the duration there' })
  @ApiOkResponse({ description: 'The card' })
  @ApiNotFoundResponse({ description: 'Unknown procedure or municipality' })
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

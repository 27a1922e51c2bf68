import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CreateServiceUseCase, PublishServiceUseCase, ServiceCardStore } from '@facile/catalogue/application';
import { Public, Roles } from '@facile/platform/auth';
import { NotFoundError } from '@facile/platform/errors';
import { TenantRegistry } from '@facile/platform/tenancy';
import { CreateServiceDto } from './create-service.dto';
import { SlugParams } from './slug.params';

@ApiTags('services')
@Controller('catalogue/v1/services')
export class ServicesController {
  constructor(
    private readonly createService: CreateServiceUseCase,
    private readonly publishService: PublishServiceUseCase,
    private readonly store: ServiceCardStore,
    private readonly tenants: TenantRegistry,
  ) {}

  @Post()
  @Roles('union-admin')
  @ApiBearerAuth('staff')
  @ApiOperation({ summary: 'Create a procedure card (draft)' })
  @ApiCreatedResponse({ description: 'The new draft card' })
  create(@Body() dto: CreateServiceDto) {
    return this.createService.execute({ ...dto, keywords: dto.keywords ?? [], sections: dto.sections ?? {} });
  }

  @Post(':slug/publish')
  @HttpCode(200)
  @Roles('union-admin')
  @ApiBearerAuth('staff')
  @ApiOperation({ summary: 'Publish a card; emits catalogue.service.published with the full card' })
  publish(@Param() params: SlugParams) {
    return this.publishService.execute(params.slug, this.tenants.union.id);
  }

  @Get(':slug')
  @Public()
  @ApiOperation({ summary: 'The full card with every municipality offering' })
  @ApiOkResponse({ description: 'The card' })
  async get(@Param() params: SlugParams) {
    const card = await this.store.find(params.slug);
    if (!card || card.status === 'draft') throw new NotFoundError(`No service with slug '${params.slug}'`);
    return card;
  }
}

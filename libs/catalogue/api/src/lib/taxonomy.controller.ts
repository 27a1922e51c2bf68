import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { TaxonomySource } from '@facile/catalogue/application';
import { Public } from '@facile/platform/auth';

@ApiTags('taxonomy')
@Public()
@Controller('catalogue/v1')
export class TaxonomyController {
  constructor(private readonly taxonomy: TaxonomySource) {}

  @Get('categories')
  @ApiOperation({ summary: 'The 15 categories of the municipal-site model' })
  @ApiOkResponse({ description: '{ items: [{ id, title: { it, en } }] }' })
  categories() {
    return { items: this.taxonomy.categories() };
  }

  @Get('life-events')
  @ApiOperation({ summary: 'The 19 life events' })
  @ApiOkResponse({ description: '{ items: [{ id, title: { it, en } }] }' })
  lifeEvents() {
    return { items: this.taxonomy.lifeEvents() };
  }
}

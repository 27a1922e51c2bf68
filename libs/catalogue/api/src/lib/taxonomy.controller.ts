import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { TaxonomySource } from '@facile/catalogue/application';
import { Public } from '@facile/platform/auth';
import { ApiProblems } from '@facile/platform/http';
import { TaxonomyListResponse } from './taxonomy.response';

/** These routes take no input: only a body that is not JSON is refused. */
const MALFORMED: [400, string] = [400, 'The request is malformed (a body that is not valid JSON)'];

@ApiTags('taxonomy')
@Public()
@Controller('catalogue/v1')
export class TaxonomyController {
  constructor(private readonly taxonomy: TaxonomySource) {}

  @Get('categories')
  @ApiOperation({ operationId: 'listCategories', summary: 'The 15 categories of the municipal-site model' })
  @ApiOkResponse({ type: TaxonomyListResponse })
  @ApiProblems(MALFORMED)
  categories() {
    return { items: this.taxonomy.categories() };
  }

  @Get('life-events')
  @ApiOperation({ operationId: 'listLifeEvents', summary: 'The 19 life events' })
  @ApiOkResponse({ type: TaxonomyListResponse })
  @ApiProblems(MALFORMED)
  lifeEvents() {
    return { items: this.taxonomy.lifeEvents() };
  }
}

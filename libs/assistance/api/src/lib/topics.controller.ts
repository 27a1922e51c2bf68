import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { TopicCatalog } from '@facile/assistance/application';
import { Public } from '@facile/platform/auth';
import { ApiProblems } from '@facile/platform/http';
import { TenantRegistry } from '@facile/platform/tenancy';
import { TopicsQuery } from './dto/queries.dto';
import { TopicResponse } from './dto/topic.response';

@ApiTags('topics')
@Controller('assistance/v1/topics')
export class TopicsController {
  constructor(
    private readonly topics: TopicCatalog,
    private readonly tenants: TenantRegistry,
  ) {}

  @Get()
  @Public()
  @ApiOperation({
    operationId: 'listTopics',
    summary:
      'Topics of the Digitale Facile desk with prerequisites, minimum age, linked procedure and duration (per municipality with ?tenant=)',
  })
  @ApiOkResponse({ type: [TopicResponse] })
  @ApiProblems(400, [404, 'Unknown municipality'])
  list(@Query() q: TopicsQuery): TopicResponse[] {
    const tenant = q.tenant ? this.tenants.require(q.tenant) : undefined;
    return this.topics.list(tenant);
  }
}

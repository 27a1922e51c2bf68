import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { TopicCatalog } from '@facile/assistance/application';
import { Public } from '@facile/platform/auth';
import { TenantRegistry } from '@facile/platform/tenancy';
import { TopicsQuery } from './dto/queries.dto';

@ApiTags('topics')
@Controller('assistance/v1/topics')
export class TopicsController {
  constructor(
    private readonly topics: TopicCatalog,
    private readonly tenants: TenantRegistry,
  ) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'Topics of the Digitale Facile desk with prerequisites, minimum age, linked procedure and duration (per municipality with ?tenant=)' })
  list(@Query() q: TopicsQuery) {
    const tenant = q.tenant ? this.tenants.require(q.tenant) : undefined;
    return this.topics.list(tenant);
  }
}

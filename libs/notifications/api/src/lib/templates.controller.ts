import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ManageTemplatesUseCase, RenderedMessage, TemplateView } from '@facile/notifications/application';
import { ValidationFailedError } from '@facile/platform/errors';
import { CurrentPrincipal, Principal, Roles } from '@facile/platform/auth';
import { PreviewBody, RenderedDto, TemplateBody, TemplateDto, TemplateParams } from './dto/templates.dto';

const PATH = 'notifications/v1/tenants/:tenant/templates/:eventType/:channel/:locale';

@ApiTags('templates')
@ApiBearerAuth('staff')
@Controller(PATH)
export class TemplatesController {
  constructor(private readonly templates: ManageTemplatesUseCase) {}

  @Get()
  @Roles('tenant-admin', 'union-admin')
  @ApiOperation({ summary: "The template in force (the municipality's override, or the default)" })
  @ApiOkResponse({ type: TemplateDto })
  get(@Param() key: TemplateParams, @CurrentPrincipal() p: Principal): Promise<TemplateView> {
    return this.templates.get(key, p);
  }

  @Put()
  @Roles('tenant-admin', 'union-admin')
  @ApiOperation({
    summary:
      'Override the template for this municipality (422 when it does not compile or uses unknown variables)',
  })
  @ApiOkResponse({ type: TemplateDto })
  put(
    @Param() key: TemplateParams,
    @Body() body: TemplateBody,
    @CurrentPrincipal() p: Principal,
  ): Promise<TemplateView> {
    return this.templates.put(key, body, p);
  }

  @Delete()
  @HttpCode(204)
  @Roles('tenant-admin', 'union-admin')
  @ApiOperation({ summary: 'Revert to the default template' })
  @ApiNoContentResponse()
  async remove(@Param() key: TemplateParams, @CurrentPrincipal() p: Principal): Promise<void> {
    await this.templates.remove(key, p);
  }

  @Post('preview')
  @HttpCode(200)
  @Roles('tenant-admin', 'union-admin')
  @ApiOperation({ summary: 'Render the template in force, or a draft, with sample data' })
  @ApiOkResponse({ type: RenderedDto })
  preview(
    @Param() key: TemplateParams,
    @Body() draft: PreviewBody,
    @CurrentPrincipal() p: Principal,
  ): Promise<RenderedMessage> {
    if ((draft.subject === undefined) !== (draft.body === undefined)) {
      throw new ValidationFailedError([{ field: 'body', message: 'a draft needs both subject and body' }]);
    }
    const complete =
      draft.subject !== undefined && draft.body !== undefined
        ? { subject: draft.subject, body: draft.body }
        : undefined;
    return this.templates.preview(key, p, complete);
  }
}

import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ManageTemplatesUseCase, RenderedMessage, TemplateView } from '@facile/notifications/application';
import { ValidationFailedError } from '@facile/platform/errors';
import { CurrentPrincipal, Principal, Roles } from '@facile/platform/auth';
import { ApiProblems, ProblemStatus } from '@facile/platform/http';
import { PreviewBody, TemplateBody, TemplateParams } from './dto/templates.dto';
import { RenderedMessageResponse, TemplateResponse } from './dto/template.response';

const PATH = 'notifications/v1/tenants/:tenant/templates/:eventType/:channel/:locale';

/** What every route of a template key may answer. */
const KEY_PROBLEMS: (ProblemStatus | [ProblemStatus, string])[] = [
  400,
  401,
  [403, "Operators, or another municipality's templates"],
  [404, 'Unknown municipality, or no template for this event type, channel or locale'],
  503,
];
const INVALID_TEMPLATE: [422, string] = [
  422,
  'The template does not compile or uses unknown variables (`invalid-template`)',
];

@ApiTags('templates')
@ApiBearerAuth('staff')
@Controller(PATH)
export class TemplatesController {
  constructor(private readonly templates: ManageTemplatesUseCase) {}

  @Get()
  @Roles('tenant-admin', 'union-admin')
  @ApiOperation({
    operationId: 'getTemplate',
    summary: "The template in force (the municipality's override, or the default)",
  })
  @ApiOkResponse({ type: TemplateResponse })
  @ApiProblems(...KEY_PROBLEMS)
  get(@Param() key: TemplateParams, @CurrentPrincipal() p: Principal): Promise<TemplateView> {
    return this.templates.get(key, p);
  }

  @Put()
  @Roles('tenant-admin', 'union-admin')
  @ApiOperation({
    operationId: 'setTemplate',
    summary:
      'Override the template for this municipality (422 when it does not compile or uses unknown variables)',
  })
  @ApiOkResponse({ type: TemplateResponse, description: 'The override now in force' })
  @ApiProblems(...KEY_PROBLEMS, INVALID_TEMPLATE)
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
  @ApiOperation({ operationId: 'resetTemplate', summary: 'Revert to the default template' })
  @ApiNoContentResponse({ description: 'The default is in force again' })
  @ApiProblems(...KEY_PROBLEMS)
  async remove(@Param() key: TemplateParams, @CurrentPrincipal() p: Principal): Promise<void> {
    await this.templates.remove(key, p);
  }

  @Post('preview')
  @HttpCode(200)
  @Roles('tenant-admin', 'union-admin')
  @ApiOperation({
    operationId: 'previewTemplate',
    summary: 'Render the template in force, or a draft, with sample data',
  })
  @ApiOkResponse({ type: RenderedMessageResponse })
  @ApiProblems(...KEY_PROBLEMS, INVALID_TEMPLATE)
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

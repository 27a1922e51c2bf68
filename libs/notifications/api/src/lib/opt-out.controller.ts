import { Body, Controller, Get, Headers, HttpCode, Post, Query, Res } from '@nestjs/common';
import {
  ApiConsumes,
  ApiExtraModels,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { OptOutUseCase } from '@facile/notifications/application';
import { Public } from '@facile/platform/auth';
import { ValidationFailedError } from '@facile/platform/errors';
import { ApiProblems } from '@facile/platform/http';
import { TenantRegistry } from '@facile/platform/tenancy';
import { OptOutBody, OptOutQuery } from './dto/opt-out.dto';
import { OptOutResponse } from './dto/opt-out.response';
import { optOutDonePage, optOutConfirmPage } from './opt-out.pages';

/**
 * The link at the foot of every message. Opening it (GET) only shows what it would stop and a button: mail
 * scanners open links, and must not unsubscribe anyone. The button, front ends (JSON) and mail clients'
 * one-click unsubscribe (RFC 8058) POST to the same address.
 */
const OPT_OUT_PAGE_EXAMPLE =
  '<!doctype html><html lang="it">…<h1>Non ricevere più messaggi</h1>…<form method="post">…</form></body></html>';
const OPT_OUT_DONE_EXAMPLE = '<!doctype html><html lang="it">…<h1>Fatto</h1>…</body></html>';

@ApiTags('opt-out')
@ApiExtraModels(OptOutResponse)
@Controller('notifications/v1/opt-out')
export class OptOutController {
  constructor(
    private readonly optOut: OptOutUseCase,
    private readonly tenants: TenantRegistry,
  ) {}

  @Get()
  @Public()
  @ApiOperation({
    operationId: 'showOptOutPage',
    summary: 'The page the link in every message opens: what it stops, and a button (changes nothing)',
  })
  @ApiOkResponse({
    description: 'An HTML page in Italian and English with a button that POSTs the token back',
    content: { 'text/html': { schema: { type: 'string', example: OPT_OUT_PAGE_EXAMPLE } } },
  })
  @ApiProblems([400, 'No token, or one that is not valid'])
  page(@Query() query: OptOutQuery, @Res({ passthrough: true }) res: Response): string {
    const token = this.tokenOf(query.token);
    const { tenant, channel } = this.optOut.describe(token);
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    return optOutConfirmPage({ municipality: this.nameOf(tenant), channel, token });
  }

  @Post()
  @Public()
  @HttpCode(200)
  @ApiConsumes('application/json', 'application/x-www-form-urlencoded')
  @ApiOperation({
    operationId: 'optOut',
    summary: "Stop a municipality's messages on one channel (the link in every message); 400 for a bad token",
  })
  @ApiOkResponse({
    description: "What was stopped; the confirmation page with `Accept: text/html` (the page's own form)",
    content: {
      'application/json': { schema: { $ref: getSchemaPath(OptOutResponse) } },
      'text/html': { schema: { type: 'string', example: OPT_OUT_DONE_EXAMPLE } },
    },
  })
  @ApiProblems([400, 'No token, or one that is not valid'], 503)
  async post(
    @Body() body: OptOutBody,
    @Query() query: OptOutQuery,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<OptOutResponse | string> {
    const done = await this.optOut.execute(this.tokenOf(body.token ?? query.token));
    if (!accept?.includes('text/html')) return done;
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    return optOutDonePage({ municipality: this.nameOf(done.tenant), channel: done.channel });
  }

  private tokenOf(token: string | undefined): string {
    if (!token) throw new ValidationFailedError([{ field: 'token', message: 'token is required' }]);
    return token;
  }

  private nameOf(tenant: string): string {
    return this.tenants.has(tenant) ? this.tenants.get(tenant).name : tenant;
  }
}

import { Body, Controller, Get, Headers, HttpCode, Post, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { OptOutUseCase } from '@facile/notifications/application';
import { Public } from '@facile/platform/auth';
import { ValidationFailedError } from '@facile/platform/errors';
import { TenantRegistry } from '@facile/platform/tenancy';
import { OptOutBody, OptOutDto, OptOutQuery } from './dto/opt-out.dto';
import { optOutDonePage, optOutConfirmPage } from './opt-out.pages';

/**
 * The link at the foot of every message. Opening it (GET) only shows what it would stop and a button: mail
 * scanners open links, and must not unsubscribe anyone. The button, front ends (JSON) and mail clients'
 * one-click unsubscribe (RFC 8058) POST to the same address.
 */
@ApiTags('opt-out')
@Controller('notifications/v1/opt-out')
export class OptOutController {
  constructor(
    private readonly optOut: OptOutUseCase,
    private readonly tenants: TenantRegistry,
  ) {}

  @Get()
  @Public()
  @ApiProduces('text/html')
  @ApiOperation({ summary: 'The page the link in every message opens: what it stops, and a button (changes nothing)' })
  page(@Query() query: OptOutQuery, @Res({ passthrough: true }) res: Response): string {
    const token = this.tokenOf(query.token);
    const { tenant, channel } = this.optOut.describe(token);
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    return optOutConfirmPage({ municipality: this.nameOf(tenant), channel, token });
  }

  @Post()
  @Public()
  @HttpCode(200)
  @ApiOperation({
    summary: "Stop a municipality's messages on one channel (the link in every message); 400 for a bad token",
  })
  @ApiOkResponse({ type: OptOutDto })
  async post(
    @Body() body: OptOutBody,
    @Query() query: OptOutQuery,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<OptOutDto | string> {
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

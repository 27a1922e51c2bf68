import { Body, Controller, Get, Headers, HttpCode, Ip, Param, Post, Put, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { CallNextUseCase, ConfigureQueueGroupsUseCase, IssueTicketUseCase, ManageTicketUseCase, QueueBoardUseCase } from '@facile/scheduling/application';
import { CurrentPrincipal, Principal, Public, Roles } from '@facile/platform/auth';
import { SiteParams } from '../dto/params.dto';
import { LookupLimit } from '@facile/platform/persistence';
import { CallNextDto, IssueTicketDto, QueueGroupDto, QueueGroupParams, TicketParams } from './queue.dto';

const HEARTBEAT_MS = 15_000;

@ApiTags('queue')
@Controller('scheduling/v1/sites')
export class QueueController {
  constructor(
    private readonly issuing: IssueTicketUseCase,
    private readonly calling: CallNextUseCase,
    private readonly boards: QueueBoardUseCase,
    private readonly tickets: ManageTicketUseCase,
    private readonly limit: LookupLimit,
  ) {}

  @Get(':id/tickets/:number')
  @Public()
  @ApiHeader({ name: 'X-Manage-Token', required: true, description: 'The token returned with the ticket' })
  @ApiOperation({ summary: "Today's ticket: status, people ahead, estimated wait, the counter when called" })
  async ticket(@Param() p: TicketParams, @Headers('x-manage-token') token: string | undefined, @Ip() ip: string) {
    await this.limit.check(ip);
    return this.tickets.read(p.id, p.number, token);
  }

  @Post(':id/tickets/:number/cancel')
  @HttpCode(200)
  @Public()
  @ApiHeader({ name: 'X-Manage-Token', required: true, description: 'The token returned with the ticket' })
  @ApiOperation({ summary: 'Leave the line (waiting or missed tickets)' })
  async cancelTicket(@Param() p: TicketParams, @Headers('x-manage-token') token: string | undefined, @Ip() ip: string) {
    await this.limit.check(ip);
    return this.tickets.cancel(p.id, p.number, token);
  }

  @Post(':id/tickets')
  @Public()
  @ApiOperation({ summary: 'Take a walk-in ticket (A001, A002 … per service group, restarting each local day)' })
  @ApiCreatedResponse({ description: '{number, estimatedWaitMinutes, manageToken}' })
  issue(@Param() p: SiteParams, @Body() dto: IssueTicketDto) {
    return this.issuing.execute(p.id, dto.service, dto.tenant);
  }

  @Get(':id/queue')
  @Public()
  @ApiOperation({ summary: 'The board: now serving per counter, waiting counts and estimated waits per group' })
  board(@Param() p: SiteParams) {
    return this.boards.board(p.id);
  }

  @Get(':id/queue/stream')
  @Public()
  @ApiProduces('text/event-stream')
  @ApiOperation({ summary: 'Server-sent events: the board now, then again on every change (from any replica)' })
  async stream(@Param() p: SiteParams, @Req() req: Request, @Res() res: Response): Promise<void> {
    await this.boards.requireSite(p.id);
    res.status(200);
    res.setHeader('Content-Type', 'text/event-stream; charset=utf-8');
    res.setHeader('Cache-Control', 'no-cache, no-transform');
    res.setHeader('Connection', 'keep-alive');
    res.setHeader('X-Accel-Buffering', 'no');
    res.flushHeaders();
    let closed = false;
    let sending = false;
    let again = false;
    // One board at a time; changes during a send are folded into one more send.
    const send = async (): Promise<void> => {
      if (closed) return;
      if (sending) {
        again = true;
        return;
      }
      sending = true;
      try {
        const board = await this.boards.board(p.id);
        if (!closed) res.write(`event: board\ndata: ${JSON.stringify(board)}\n\n`);
      } catch {
        // The next change or heartbeat tries again; a stream never fails the process.
      } finally {
        sending = false;
        if (again) {
          again = false;
          void send();
        }
      }
    };
    const unsubscribe = this.boards.onChange(p.id, () => void send());
    const heartbeat = setInterval(() => res.write(': keep-alive\n\n'), HEARTBEAT_MS);
    req.on('close', () => {
      closed = true;
      unsubscribe();
      clearInterval(heartbeat);
    });
    await send();
  }

  @Post(':id/queue/next')
  @HttpCode(200)
  @Roles('operator', 'tenant-admin', 'union-admin')
  @ApiBearerAuth('staff')
  @ApiOperation({ summary: 'Call the next person at a counter (409 queue-empty when nobody waits); staff of that site only' })
  next(@Param() p: SiteParams, @Body() dto: CallNextDto, @CurrentPrincipal() principal: Principal) {
    return this.calling.next(p.id, dto.counter, dto.previous ?? 'served', principal);
  }

  @Post(':id/queue/tickets/:number/recall')
  @HttpCode(200)
  @Roles('operator', 'tenant-admin', 'union-admin')
  @ApiBearerAuth('staff')
  @ApiOperation({ summary: 'Put a missed ticket back in line at its original place' })
  recall(@Param() p: TicketParams, @CurrentPrincipal() principal: Principal) {
    return this.calling.recall(p.id, p.number, principal);
  }
}

@ApiTags('queue')
@Controller('scheduling/v1/queue-groups')
export class QueueGroupsController {
  constructor(private readonly groups: ConfigureQueueGroupsUseCase) {}

  @Put(':service')
  @Roles('union-admin')
  @ApiBearerAuth('staff')
  @ApiOperation({ summary: "A service's group letter on walk-in tickets (A when not set)" })
  set(@Param() p: QueueGroupParams, @Body() dto: QueueGroupDto, @CurrentPrincipal() principal: Principal) {
    return this.groups.setLetter(p.service, dto.letter, principal);
  }
}

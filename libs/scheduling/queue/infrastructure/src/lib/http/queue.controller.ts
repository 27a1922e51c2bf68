import { Body, Controller, Get, Headers, HttpCode, Ip, Param, Post, Put, Req, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { ApiProblems } from '@facile/platform/http';
import type { Request, Response } from 'express';
import {
  CallNextUseCase,
  ConfigureQueueGroupsUseCase,
  IssueTicketUseCase,
  ManageTicketUseCase,
  QueueBoardUseCase,
  WalkInServicesUseCase,
} from '@facile/scheduling/queue-application';
import { CurrentPrincipal, Principal, Public, Roles } from '@facile/platform/auth';
import { QUEUE_TAG, SiteParams } from './openapi';
import { LookupLimit } from '@facile/platform/persistence';
import { CallNextDto, IssueTicketDto, QueueGroupDto, QueueGroupParams, TicketParams } from './queue.dto';
import {
  CalledTicketResponse,
  QueueBoardResponse,
  QueueGroupResponse,
  TicketResponse,
  TicketStateResponse,
  TicketStatusResponse,
  WalkInServiceListResponse,
} from './queue.response';

const HEARTBEAT_MS = 15_000;
const TOKEN_HEADER = {
  name: 'X-Manage-Token',
  required: true,
  description: 'The token returned with the ticket',
  example: 'q8Zx1Yb3VwKpR2mT5nLc0A',
};
const NO_TICKET: [404, string] = [404, 'No such site, or no ticket with this number today for this token'];
const TOO_MANY: [429, string] = [
  429,
  'Too many lookups by number from this client; retry after Retry-After seconds',
];
const NOT_STAFF: [403, string] = [403, 'Not staff of that site'];

@ApiTags(QUEUE_TAG)
@Controller('scheduling/v1/sites')
export class QueueController {
  constructor(
    private readonly issuing: IssueTicketUseCase,
    private readonly calling: CallNextUseCase,
    private readonly boards: QueueBoardUseCase,
    private readonly tickets: ManageTicketUseCase,
    private readonly limit: LookupLimit,
    private readonly walkIn: WalkInServicesUseCase,
  ) {}

  @Get(':id/tickets/:number')
  @Public()
  @ApiHeader(TOKEN_HEADER)
  @ApiOperation({
    operationId: 'getTicket',
    summary: "Today's ticket: status, people ahead, estimated wait, the counter when called",
  })
  @ApiOkResponse({ type: TicketStatusResponse })
  @ApiProblems(400, NO_TICKET, TOO_MANY)
  async ticket(
    @Param() p: TicketParams,
    @Headers('x-manage-token') token: string | undefined,
    @Ip() ip: string,
  ) {
    await this.limit.check(ip);
    return this.tickets.read(p.id, p.number, token);
  }

  @Post(':id/tickets/:number/cancel')
  @HttpCode(200)
  @Public()
  @ApiHeader(TOKEN_HEADER)
  @ApiOperation({ operationId: 'cancelTicket', summary: 'Leave the line (waiting or missed tickets)' })
  @ApiOkResponse({ type: TicketStateResponse })
  @ApiProblems(400, NO_TICKET, [409, 'The ticket has been called or served already, or cancelled'], TOO_MANY)
  async cancelTicket(
    @Param() p: TicketParams,
    @Headers('x-manage-token') token: string | undefined,
    @Ip() ip: string,
  ) {
    await this.limit.check(ip);
    return this.tickets.cancel(p.id, p.number, token);
  }

  @Post(':id/tickets')
  @Public()
  @ApiOperation({
    operationId: 'takeTicket',
    summary: 'Take a walk-in ticket (A001, A002 … per service group, restarting each local day)',
  })
  @ApiCreatedResponse({ type: TicketResponse })
  @ApiProblems(
    400,
    [404, 'Unknown site, procedure or municipality'],
    [422, 'Not offered for that municipality, or not served at that site'],
  )
  issue(@Param() p: SiteParams, @Body() dto: IssueTicketDto) {
    return this.issuing.execute(p.id, dto.service, dto.tenant);
  }

  @Get(':id/queue/services')
  @Public()
  @ApiOperation({
    operationId: 'listWalkInServices',
    summary:
      'What the ticket kiosk offers: published walk-in procedures served at the site, per municipality',
  })
  @ApiOkResponse({ type: WalkInServiceListResponse })
  @ApiProblems(400, [404, 'No such site'])
  services(@Param() p: SiteParams) {
    return this.walkIn.list(p.id);
  }

  @Get(':id/queue')
  @Public()
  @ApiOperation({
    operationId: 'getQueueBoard',
    summary: 'The board: now serving per counter, waiting counts and estimated waits per group',
  })
  @ApiOkResponse({ type: QueueBoardResponse })
  @ApiProblems(400, [404, 'No such site'])
  board(@Param() p: SiteParams) {
    return this.boards.board(p.id);
  }

  @Get(':id/queue/stream')
  @Public()
  @ApiOperation({
    operationId: 'streamQueue',
    summary: 'Server-sent events: the board now, then again on every change (from any replica)',
  })
  @ApiOkResponse({
    description:
      'An endless text/event-stream: `event: board` with a QueueBoard as JSON in `data`, and a `: keep-alive` comment every 15 s',
    content: {
      'text/event-stream': {
        schema: {
          type: 'string',
          example: 'event: board\ndata: {"site":"cesena-centro","date":"2027-04-06",…}\n\n',
        },
      },
    },
  })
  @ApiProblems(400, [404, 'No such site'])
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
  @ApiOperation({
    operationId: 'callNextTicket',
    summary: 'Call the next person at a counter (409 queue-empty when nobody waits); staff of that site only',
  })
  @ApiOkResponse({ type: CalledTicketResponse })
  @ApiProblems(
    [400, 'Invalid counter (1 to the counters of the site)'],
    401,
    NOT_STAFF,
    [404, 'No such site'],
    [409, 'Nobody is waiting (queue-empty)'],
  )
  next(@Param() p: SiteParams, @Body() dto: CallNextDto, @CurrentPrincipal() principal: Principal) {
    return this.calling.next(p.id, dto.counter, dto.previous ?? 'served', principal);
  }

  @Post(':id/queue/tickets/:number/recall')
  @HttpCode(200)
  @Roles('operator', 'tenant-admin', 'union-admin')
  @ApiBearerAuth('staff')
  @ApiOperation({
    operationId: 'recallTicket',
    summary: 'Put a missed ticket back in line at its original place',
  })
  @ApiOkResponse({ type: TicketStateResponse })
  @ApiProblems(
    400,
    401,
    NOT_STAFF,
    [404, 'No such site, or no such ticket today'],
    [409, 'The ticket is not missed'],
  )
  recall(@Param() p: TicketParams, @CurrentPrincipal() principal: Principal) {
    return this.calling.recall(p.id, p.number, principal);
  }
}

@ApiTags(QUEUE_TAG)
@Controller('scheduling/v1/queue-groups')
export class QueueGroupsController {
  constructor(private readonly groups: ConfigureQueueGroupsUseCase) {}

  @Put(':service')
  @Roles('union-admin')
  @ApiBearerAuth('staff')
  @ApiOperation({
    operationId: 'setQueueGroup',
    summary: "A service's group letter on walk-in tickets (A when not set)",
  })
  @ApiOkResponse({ type: QueueGroupResponse })
  @ApiProblems(400, 401, [403, 'Only union admins group services'], [404, 'No such procedure'])
  set(@Param() p: QueueGroupParams, @Body() dto: QueueGroupDto, @CurrentPrincipal() principal: Principal) {
    return this.groups.setLetter(p.service, dto.letter, principal);
  }
}

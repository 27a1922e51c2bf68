import { QueueBoardUseCase } from './lib/board/queue-board.use-case';
import { CallNextUseCase } from './lib/call-next/call-next.use-case';
import { ConfigureQueueGroupsUseCase } from './lib/configure-groups/configure-groups.use-case';
import { IssueTicketUseCase } from './lib/issue-ticket/issue-ticket.use-case';
import { ManageTicketUseCase } from './lib/manage-ticket/manage-ticket.use-case';
import { WalkInServicesUseCase } from './lib/walk-in-services/walk-in-services.use-case';

export * from './lib/ports/queue.store';
export * from './lib/issue-ticket/issue-ticket.use-case';
export * from './lib/call-next/call-next.use-case';
export * from './lib/board/queue-board.use-case';
export * from './lib/configure-groups/configure-groups.use-case';
export * from './lib/manage-ticket/manage-ticket.use-case';
export * from './lib/walk-in-services/walk-in-services.use-case';

/** The walk-in queue use cases (the queue module provides them with its adapters). */
export const queueUseCases = [
  IssueTicketUseCase,
  CallNextUseCase,
  QueueBoardUseCase,
  ConfigureQueueGroupsUseCase,
  ManageTicketUseCase,
  WalkInServicesUseCase,
];

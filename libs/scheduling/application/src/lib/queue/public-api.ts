import { QueueBoardUseCase } from './board/queue-board.use-case';
import { CallNextUseCase } from './call-next/call-next.use-case';
import { ConfigureQueueGroupsUseCase } from './configure-groups/configure-groups.use-case';
import { IssueTicketUseCase } from './issue-ticket/issue-ticket.use-case';
import { ManageTicketUseCase } from './manage-ticket/manage-ticket.use-case';

export * from './queue.store';
export * from './issue-ticket/issue-ticket.use-case';
export * from './call-next/call-next.use-case';
export * from './board/queue-board.use-case';
export * from './configure-groups/configure-groups.use-case';
export * from './manage-ticket/manage-ticket.use-case';

/** The walk-in queue use cases (the infrastructure module provides them with its adapters). */
export const queueUseCases = [
  IssueTicketUseCase,
  CallNextUseCase,
  QueueBoardUseCase,
  ConfigureQueueGroupsUseCase,
  ManageTicketUseCase,
];

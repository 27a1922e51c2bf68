import { Provider } from '@nestjs/common';
import {
  QueueNotifier,
  QueuePolicy,
  QueueStore,
  queueUseCases,
  SessionStore,
  sessionUseCases,
} from '@facile/scheduling/application';
import { RedisQueueNotifier } from '../queue/redis-queue.notifier';
import { TypeOrmQueueStore } from '../queue/typeorm-queue.store';
import { TypeOrmSessionStore } from './typeorm-session.store';

/** Adapters and use cases of group sessions and the walk-in queue (added to the scheduling infrastructure module). */
export function sessionsQueueProviders(options: { queueMaxCalls?: number } = {}): Provider[] {
  return [
    { provide: SessionStore, useClass: TypeOrmSessionStore },
    { provide: QueueStore, useClass: TypeOrmQueueStore },
    { provide: QueueNotifier, useClass: RedisQueueNotifier },
    { provide: QueuePolicy, useValue: new QueuePolicy(options.queueMaxCalls ?? 3) },
    ...sessionUseCases,
    ...queueUseCases,
  ];
}

/** What the HTTP layer needs from them. */
export const sessionsQueueExports = [...sessionUseCases, ...queueUseCases];

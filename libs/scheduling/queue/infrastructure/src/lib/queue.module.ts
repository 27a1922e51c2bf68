import { DynamicModule, Module } from '@nestjs/common';
import { lookupLimit } from '@facile/platform/persistence';
import { QueuePolicy, QueueNotifier, QueueStore, queueUseCases } from '@facile/scheduling/queue-application';
import { QueueController, QueueGroupsController } from './http/queue.controller';
import { RedisQueueNotifier } from './redis-queue.notifier';
import { TypeOrmQueueStore } from './typeorm-queue.store';

export interface QueueModuleOptions {
  /** Unanswered calls after which a walk-in ticket is missed (default 3). */
  queueMaxCalls?: number;
  /** Lookups of a ticket by number per client and minute (the same Redis bucket as the booking lookups). */
  lookupLimitPerMinute: number;
}

/** The controllers of the walk-in queue so the OpenAPI document can be made from them. */
export const QUEUE_CONTROLLERS = [QueueController, QueueGroupsController];

/**
 * The walk-in queue slice: its use cases, its adapters (PostgreSQL, Redis) and its HTTP surface. It uses only
 * the ports the scheduling core publishes (Clock, SchedulingReader, BookingStore, AvailabilityCache).
 */
@Module({})
export class SchedulingQueueModule {
  static forRoot(options: QueueModuleOptions): DynamicModule {
    return {
      module: SchedulingQueueModule,
      controllers: QUEUE_CONTROLLERS,
      providers: [
        { provide: QueueStore, useClass: TypeOrmQueueStore },
        { provide: QueueNotifier, useClass: RedisQueueNotifier },
        { provide: QueuePolicy, useValue: new QueuePolicy(options.queueMaxCalls ?? 3) },
        lookupLimit('booking-lookup', options.lookupLimitPerMinute),
        ...queueUseCases,
      ],
    };
  }
}

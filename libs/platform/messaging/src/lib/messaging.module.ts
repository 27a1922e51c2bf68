import { DynamicModule, Global, Inject, Injectable, Module, OnApplicationShutdown } from '@nestjs/common';
import { Kafka } from 'kafkajs';
import { DeadLetterPublisher } from './dead-letter.publisher';
import { InboxConsumer } from './inbox-consumer';
import { createKafka, SharedProducer } from './kafka-client';
import { ConsumerLag } from './consumer-lag';
import { KafkaHealth } from './kafka-health';
import { OutboxBacklog } from './outbox-backlog';
import { MESSAGING_OPTIONS, MessagingOptions } from './messaging-options';
import { MessagingMetrics } from './messaging-metrics';
import { OutboxRelay } from './outbox-relay';
import { OutboxWriter } from './outbox-writer';
import { OutboxSignal } from './outbox-signal';

@Injectable()
class ProducerCloser implements OnApplicationShutdown {
  constructor(@Inject(SharedProducer) private readonly producer: SharedProducer) {}
  async onApplicationShutdown(): Promise<void> {
    await this.producer.close();
  }
}

/** Outbox writer and relay, inbox consumer and DLQ, one Kafka client and producer per process. */
@Global()
@Module({})
export class MessagingModule {
  static forRoot(options: MessagingOptions): DynamicModule {
    return {
      module: MessagingModule,
      providers: [
        { provide: MESSAGING_OPTIONS, useValue: options },
        { provide: Kafka, useFactory: () => createKafka(options.service, options.kafka) },
        { provide: SharedProducer, useFactory: (kafka: Kafka) => new SharedProducer(kafka), inject: [Kafka] },
        MessagingMetrics,
        OutboxSignal,
        OutboxWriter,
        OutboxRelay,
        DeadLetterPublisher,
        InboxConsumer,
        KafkaHealth,
        OutboxBacklog,
        ConsumerLag,
        ProducerCloser,
      ],
      exports: [
        MESSAGING_OPTIONS,
        Kafka,
        SharedProducer,
        OutboxWriter,
        OutboxRelay,
        InboxConsumer,
        KafkaHealth,
        DeadLetterPublisher,
        MessagingMetrics,
        OutboxBacklog,
        ConsumerLag,
      ],
    };
  }
}

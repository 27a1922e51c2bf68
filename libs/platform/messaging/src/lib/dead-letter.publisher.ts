import { Inject, Injectable, Logger } from '@nestjs/common';
import { dlqOf } from '@facile/contracts';
import { SharedProducer } from './kafka-client';
import { MESSAGING_OPTIONS, MessagingOptions } from './messaging-options';
import { MessagingMetrics } from './messaging-metrics';

export interface RawKafkaMessage {
  key: string | Buffer | null;
  value: unknown;
  headers: Record<string, unknown>;
  offset: string;
}

/** Moves an event a consumer cannot process to `<topic>.dlq`, with the error and where it came from. */
@Injectable()
export class DeadLetterPublisher {
  private readonly logger = new Logger('DeadLetter');

  constructor(
    private readonly producer: SharedProducer,
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingOptions,
    private readonly metrics: MessagingMetrics,
  ) {}

  /** `topic` is the physical (prefixed) topic the message came from. Throws when Kafka refuses. */
  async publish(
    topic: string,
    partition: number,
    message: RawKafkaMessage,
    consumer: string,
    error: string,
  ): Promise<void> {
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(message.headers ?? {})) {
      if (typeof v === 'string') headers[k] = v;
      else if (Buffer.isBuffer(v)) headers[k] = v.toString('utf8');
    }
    Object.assign(headers, {
      dlq_error: error.slice(0, 2000),
      dlq_topic: topic,
      dlq_partition: String(partition),
      dlq_offset: message.offset,
      dlq_consumer: consumer,
      dlq_time: new Date().toISOString(),
    });
    const value =
      typeof message.value === 'string' || Buffer.isBuffer(message.value)
        ? message.value
        : JSON.stringify(message.value ?? null);
    const producer = await this.producer.get();
    await producer.send({ topic: dlqOf(topic), acks: -1, messages: [{ key: message.key, value, headers }] });
    this.metrics.deadLetters.inc({ consumer, topic: topic.slice(this.options.topicPrefix.length) });
    this.logger.warn(
      { topic, partition, offset: message.offset, consumer, error },
      'Event moved to the dead-letter topic',
    );
  }
}

import { Logger } from '@nestjs/common';
import { KafkaOptions, ServerKafka } from '@nestjs/microservices';

type ServerKafkaOptions = Required<KafkaOptions>['options'];

/**
 * Nest's Kafka transport with two changes: handlers are declared on logical topic names
 * (`@EventPattern(Topics.catalogueServices)`) while the consumer subscribes to the prefixed ones; and
 * the server keeps trying to connect when Kafka is away at start-up instead of failing the process.
 */
export class CloudEventsKafkaServer extends ServerKafka {
  private readonly prefixLogger = new Logger('KafkaConsumer');

  constructor(
    options: ServerKafkaOptions,
    private readonly topicPrefix: string,
    /** Told the physical topics once subscribed (the consumer lag metric watches them). */
    private readonly onSubscribed?: (topics: string[]) => void,
  ) {
    super({
      ...options,
      postfixId: '',
      parser: { keepBinary: false },
      deserializer: {
        deserialize: (message: { value: unknown }, opts?: { channel?: string }) => ({
          pattern: (opts?.channel ?? '').slice(topicPrefix.length),
          data: message.value,
        }),
      },
    });
  }

  override async listen(callback: (err?: unknown, ...optionalParams: unknown[]) => void): Promise<void> {
    let delay = 500;
    for (;;) {
      try {
        this.client = this.createClient();
        await this.start(callback);
        return;
      } catch (e) {
        this.prefixLogger.warn(
          `Kafka consumer not started (${(e as Error).message}); retrying in ${delay} ms`,
        );
        await this.close().catch(() => undefined);
        await new Promise((r) => setTimeout(r, delay));
        delay = Math.min(delay * 2, 5000);
      }
    }
  }

  override async bindEvents(consumer: Parameters<ServerKafka['bindEvents']>[0]): Promise<void> {
    const topics = [...this.messageHandlers.keys()].map((p) => `${this.topicPrefix}${p}`);
    if (topics.length > 0) {
      await consumer.subscribe({ ...(this.options.subscribe ?? {}), topics });
      this.onSubscribed?.(topics);
    }
    await consumer.run({ ...(this.options.run ?? {}), eachMessage: this.getMessageHandler() });
  }
}

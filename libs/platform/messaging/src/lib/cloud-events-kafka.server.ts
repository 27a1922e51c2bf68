import { Logger } from '@nestjs/common';
import { KafkaContext, KafkaOptions, ServerKafka } from '@nestjs/microservices';
import type { EachBatchPayload, EachMessagePayload } from 'kafkajs';
import { isObservable, lastValueFrom } from 'rxjs';
import { EventBatch } from './event-batch';

type ServerKafkaOptions = Required<KafkaOptions>['options'];

/**
 * Nest's Kafka transport with three changes: handlers are declared on logical topic names
 * (`@EventPattern(Topics.catalogueServices)`) while the consumer subscribes to the prefixed ones; the server
 * keeps trying to connect when Kafka is away at start-up instead of failing the process; a message reaches its
 * handler as kafkajs read it (see handleMessage); and the messages of a fetched batch go to their handlers
 * together, so that the inbox applies them in one transaction (see handleBatch).
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
    await consumer.run({ ...(this.options.run ?? {}), eachBatch: (payload) => this.handleBatch(payload) });
  }

  /**
   * Every message of the batch (one partition's) goes to its handler at once, inside an EventBatch the inbox
   * joins. When all succeed, kafkajs resolves the batch's last offset and heartbeats itself; when one fails, the
   * offset before it is resolved and its failure thrown, so kafkajs fetches the partition again from there (the
   * inbox makes the redelivery of the ones after it harmless). The inbox keeps a partition's events in order; a
   * handler that did not go through it would run concurrently with the others of its batch (every handler of the
   * platform goes through it).
   */
  private async handleBatch({ batch, heartbeat, pause, resolveOffset }: EachBatchPayload): Promise<void> {
    const scope = new EventBatch(batch.messages.length);
    const outcomes = await Promise.allSettled(
      scope.run(() =>
        batch.messages.map((message) =>
          this.handleMessage({
            topic: batch.topic,
            partition: batch.partition,
            message,
            heartbeat,
            pause,
          }).finally(() => scope.settled(message)),
        ),
      ),
    );
    const failed = outcomes.findIndex((o) => o.status === 'rejected');
    if (failed < 0) return;
    if (failed > 0) resolveOffset(batch.messages[failed - 1].offset);
    throw (outcomes[failed] as PromiseRejectedResult).reason;
  }

  /**
   * Nest's own copies every message and decodes it — the JSON body, each header, the key — and finds the handler
   * twice through a JSON.parse of the topic name that throws each time, before a consumer can say it does not
   * want the event (most services want a few types of a topic; 12 % of identity-assistance's CPU during the
   * booking bench went there, issue 20). Here the handler gets the message with kafkajs' Buffers and
   * InboxConsumer decodes the type header first and the body only of an event it applies. Events only: the
   * platform sends no request-reply messages over Kafka (no handler is a message pattern).
   */
  override async handleMessage(payload: EachMessagePayload): Promise<void> {
    const pattern = payload.topic.slice(this.topicPrefix.length);
    const handler = this.messageHandlers.get(pattern);
    if (!handler) {
      this.prefixLogger.error(`No event handler for ${pattern}`);
      return;
    }
    const message = Object.assign(payload.message, { topic: payload.topic, partition: payload.partition });
    const context = new KafkaContext([
      message as unknown as ConstructorParameters<typeof KafkaContext>[0][0],
      payload.partition,
      payload.topic,
      this.consumer as NonNullable<ServerKafka['consumer']>,
      payload.heartbeat,
      this.producer as NonNullable<ServerKafka['producer']>,
    ]);
    await this.onProcessingStartHook(this.transportId, context, async () => {
      const result: unknown = await handler(message.value, context);
      if (isObservable(result)) await lastValueFrom(result);
    });
  }
}

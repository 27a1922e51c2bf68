import { Logger } from '@nestjs/common';
import { Kafka, logLevel, Producer } from 'kafkajs';
import { KafkaConnection } from './kafka-connection';
import './kafkajs-idle-loop';

const LEVELS: Record<number, 'error' | 'warn' | 'log' | 'debug'> = {
  [logLevel.ERROR]: 'error',
  [logLevel.WARN]: 'warn',
  [logLevel.INFO]: 'log',
  [logLevel.DEBUG]: 'debug',
};

/** kafkajs logs through Nest's logger (pino), at warn and above. TLS and SASL come with the connection. */
export function createKafka(clientId: string, connection: KafkaConnection): Kafka {
  const logger = new Logger('kafkajs');
  return new Kafka({
    clientId,
    ...connection,
    connectionTimeout: 3000,
    requestTimeout: 10000,
    retry: { initialRetryTime: 200, retries: 5, maxRetryTime: 3000 },
    logLevel: logLevel.WARN,
    logCreator: () => (entry) => {
      const method = LEVELS[entry.level] ?? 'log';
      const { message, ...rest } = entry.log;
      logger[method]({ ...rest, namespace: entry.namespace }, message);
    },
  });
}

/** One idempotent producer per process (acks = all), connected on first use and after failures. */
export class SharedProducer {
  private producer: Producer | undefined;
  private connecting: Promise<Producer> | undefined;

  constructor(private readonly kafka: Kafka) {}

  async get(): Promise<Producer> {
    if (this.producer) return this.producer;
    this.connecting ??= (async () => {
      const p = this.kafka.producer({
        idempotent: true,
        maxInFlightRequests: 1,
        allowAutoTopicCreation: false,
      });
      p.on(p.events.DISCONNECT, () => {
        if (this.producer === p) this.producer = undefined;
      });
      try {
        await p.connect();
        this.producer = p;
        return p;
      } finally {
        this.connecting = undefined;
      }
    })();
    return this.connecting;
  }

  /** After a failed send the connection may be half-broken: start afresh next time. */
  async reset(): Promise<void> {
    const p = this.producer;
    this.producer = undefined;
    if (p) await p.disconnect().catch(() => undefined);
  }

  async close(): Promise<void> {
    await this.reset();
  }
}

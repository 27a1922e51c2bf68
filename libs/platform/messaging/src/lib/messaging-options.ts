import { KafkaConnection } from './kafka-connection';

export interface MessagingOptions {
  /** CloudEvents `source` and Kafka client id, e.g. `catalogue`. */
  service: string;
  /** The service's PostgreSQL schema, where its outbox and inbox live. */
  schema: string;
  /** Connection string for the relay's own session (advisory lock and LISTEN). */
  databaseUrl: string;
  /** Brokers, TLS and SASL (kafkaConnectionOf(config)). */
  kafka: KafkaConnection;
  topicPrefix: string;
  relayEnabled: boolean;
  pollMs: number;
  consumerMaxAttempts: number;
  consumerBackoffMs: number;
  /** How often the outbox backlog and the consumer lag are measured (METRICS_POLL_MS). */
  metricsPollMs: number;
  /**
   * Whether the outbox writer validates each payload against its contract class before the business commit.
   * Every consumer validates what it reads anyway (the trust boundary); this second check of the service's own
   * typed payloads runs in development and tests and is off in production (ADR 30).
   */
  validateOutgoing: boolean;
}

export const MESSAGING_OPTIONS = Symbol('MESSAGING_OPTIONS');

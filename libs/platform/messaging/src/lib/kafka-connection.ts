import { readFileSync } from 'node:fs';
import type { KafkaConfig, SASLOptions } from 'kafkajs';
import type { KafkaSecurityConfig } from '@facile/platform/config';

/** Where and how every Kafka client of a process connects: brokers, TLS, SASL (ADR 0018). */
export type KafkaConnection = { brokers: string[] } & Pick<KafkaConfig, 'ssl' | 'sasl'>;

/**
 * The kafkajs connection settings of a validated config: TLS with the cluster CA (server certificate and
 * host name always verified), a client certificate for mutual TLS, SASL SCRAM or PLAIN. Files are read once, here.
 */
export function kafkaConnectionOf(config: KafkaSecurityConfig & { KAFKA_BROKERS: string }): KafkaConnection {
  const brokers = config.KAFKA_BROKERS.split(',');
  if (!config.KAFKA_SSL) return { brokers };
  const pem = (file: string | undefined) => (file ? readFileSync(file, 'utf8') : undefined);
  const ssl = {
    rejectUnauthorized: true,
    ...(config.KAFKA_SSL_CA_FILE ? { ca: [pem(config.KAFKA_SSL_CA_FILE) as string] } : {}),
    ...(config.KAFKA_SSL_CERT_FILE
      ? { cert: pem(config.KAFKA_SSL_CERT_FILE), key: pem(config.KAFKA_SSL_KEY_FILE) }
      : {}),
  };
  return { brokers, ssl, ...(saslOf(config) ? { sasl: saslOf(config) } : {}) };
}

function saslOf(config: KafkaSecurityConfig): SASLOptions | undefined {
  const username = config.KAFKA_SASL_USERNAME ?? '';
  const password = config.KAFKA_SASL_PASSWORD ?? '';
  switch (config.KAFKA_SASL_MECHANISM) {
    case 'none':
      return undefined;
    case 'plain':
      return { mechanism: 'plain', username, password };
    case 'scram-sha-256':
      return { mechanism: 'scram-sha-256', username, password };
    case 'scram-sha-512':
      return { mechanism: 'scram-sha-512', username, password };
  }
}

/** For start-up logs: how the process talks to Kafka, without secrets. */
export function describeKafkaConnection(c: KafkaConnection): string {
  const tls = c.ssl ? (typeof c.ssl === 'object' && c.ssl.cert ? 'mutual TLS' : 'TLS') : 'plaintext';
  return `${c.brokers.join(',')} (${tls}${c.sasl ? `, SASL ${c.sasl.mechanism}` : ''})`;
}

import { IsInt, Max, Min } from 'class-validator';
import { KafkaSecurityConfig } from './kafka-security-config';

/**
 * How often a service looks at what it reports (ADR 0017): its dependencies (PostgreSQL, Kafka, Redis) for
 * `/health` and `facile_dependency_up`, and its outbox backlog and consumer lag for `/metrics`. Cheap queries on a
 * timer, never per request or per batch, so the figures keep moving during an outage.
 */
export abstract class MonitoringConfig extends KafkaSecurityConfig {
  @IsInt() @Min(100) @Max(300000) HEALTH_POLL_MS: number = 5000;
  @IsInt() @Min(100) @Max(300000) METRICS_POLL_MS: number = 10000;
}

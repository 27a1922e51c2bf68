import topicTable from './topics.json';

/** Logical topic names of contract.md. Deployments may prefix them (KAFKA_TOPIC_PREFIX). */
export const Topics = {
  catalogueServices: 'catalogue.services.v1',
  schedulingBookings: 'scheduling.bookings.v1',
  schedulingSessions: 'scheduling.sessions.v1',
  schedulingQueue: 'scheduling.queue.v1',
  assistanceCases: 'assistance.cases.v1',
  notificationsDeliveries: 'notifications.deliveries.v1',
} as const;

export type TopicName = (typeof Topics)[keyof typeof Topics];

export interface TopicSpec {
  readonly name: TopicName;
  readonly partitions: number;
  readonly types: readonly string[];
}

const table = topicTable as Record<string, { partitions: number; types: string[] }>;

/** Every topic with its partitions and event types; the single source for the Kafka tool and k8s. */
export const topicSpecs: readonly TopicSpec[] = Object.entries(table).map(([name, spec]) => ({
  name: name as TopicName,
  partitions: spec.partitions,
  types: spec.types,
}));

export const dlqOf = (topic: string): string => `${topic}.dlq`;

export const withPrefix = (prefix: string, topic: string): string => `${prefix}${topic}`;

export function topicOfType(type: string): TopicName {
  const spec = topicSpecs.find((t) => t.types.includes(type));
  if (!spec) throw new Error(`No topic carries event type ${type}`);
  return spec.name;
}

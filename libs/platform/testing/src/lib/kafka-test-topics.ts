import { Kafka, logLevel } from 'kafkajs';
import { dlqOf, topicSpecs } from '@facile/contracts';
import { KafkaConnection } from '@facile/platform/messaging';
import { waitFor } from './wait-for';

export function testKafka(brokers = process.env['KAFKA_BROKERS'] ?? '127.0.0.1:9092'): Kafka {
  return new Kafka({ clientId: 'facile-tests', brokers: brokers.split(','), logLevel: logLevel.NOTHING });
}

/** A test client connecting as a service does (TLS, SASL): kafkaConnectionOf(config). */
export function testKafkaOf(connection: KafkaConnection): Kafka {
  return new Kafka({ clientId: 'facile-tests', ...connection, logLevel: logLevel.NOTHING });
}

/** Creates every contract topic and its DLQ under a prefix (auto-creation is off on the broker). */
export async function createTopics(prefix: string, kafka = testKafka()): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const topics = topicSpecs
      .flatMap((t) => [
        { topic: `${prefix}${t.name}`, numPartitions: t.partitions },
        { topic: dlqOf(`${prefix}${t.name}`), numPartitions: 1 },
      ])
      .filter((t) => !existing.has(t.topic))
      .map((t) => ({ ...t, replicationFactor: 1 }));
    if (topics.length === 0) return;
    await admin.createTopics({ topics, waitForLeaders: false });
    // Until every partition has a leader. Right after creation a busy broker may answer a topic's metadata with
    // "this server does not host this topic-partition" for a moment; kafkajs' own wait (`waitForLeaders: true`)
    // retries only "leader not available" and gave up on that answer, failing a whole suite's set-up in a
    // clean-clone CI run. waitFor retries any answer until its timeout.
    const names = topics.map((t) => t.topic);
    await waitFor(
      async () =>
        (await admin.fetchTopicMetadata({ topics: names })).topics.every(
          (t) => t.partitions.length > 0 && t.partitions.every((p) => p.leader >= 0),
        ),
      30000,
      100,
    );
  } finally {
    await admin.disconnect();
  }
}

/** Deletes the topics of a prefix (test clean-up). */
export async function deleteTopics(prefix: string, kafka = testKafka()): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const topics = (await admin.listTopics()).filter((t) => t.startsWith(prefix));
    if (topics.length > 0) await admin.deleteTopics({ topics, timeout: 10000 });
  } catch {
    // best effort
  } finally {
    await admin.disconnect();
  }
}

export interface ReadMessage {
  key: string | null;
  value: string | null;
  headers: Record<string, string>;
  partition: number;
  offset: string;
}

/** Reads every message of a topic from the start (a throwaway consumer group), up to `expected` or the timeout. */
export async function readTopic(
  topic: string,
  opts: { expected?: number; timeoutMs?: number } = {},
  kafka = testKafka(),
): Promise<ReadMessage[]> {
  const consumer = kafka.consumer({ groupId: `reader-${Math.random().toString(36).slice(2)}` });
  const messages: ReadMessage[] = [];
  await consumer.connect();
  try {
    await consumer.subscribe({ topic, fromBeginning: true });
    const done = new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, opts.timeoutMs ?? 5000);
      void consumer.run({
        eachMessage: async ({ message, partition }) => {
          const headers: Record<string, string> = {};
          for (const [k, v] of Object.entries(message.headers ?? {}))
            if (v !== undefined) headers[k] = v.toString();
          messages.push({
            key: message.key?.toString() ?? null,
            value: message.value?.toString() ?? null,
            headers,
            partition,
            offset: message.offset,
          });
          if (opts.expected !== undefined && messages.length >= opts.expected) {
            clearTimeout(timer);
            resolve();
          }
        },
      });
    });
    await done;
  } finally {
    await consumer.disconnect();
  }
  return messages;
}

import { Kafka } from 'kafkajs';
import { waitFor } from '@facile/platform/testing';

/** Waits until a consumer group has committed every message of a topic (its lag is zero). */
export async function waitConsumed(
  kafka: Kafka,
  groupId: string,
  topic: string,
  timeoutMs = 60000,
): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    await waitFor(
      async () => {
        const ends = await admin.fetchTopicOffsets(topic);
        const [committed] = await admin.fetchOffsets({ groupId, topics: [topic] });
        const at = new Map(committed.partitions.map((p) => [p.partition, Number(p.offset)]));
        return ends.every((e) => Number(e.high) === 0 || at.get(e.partition) === Number(e.high));
      },
      timeoutMs,
      200,
    );
  } finally {
    await admin.disconnect();
  }
}

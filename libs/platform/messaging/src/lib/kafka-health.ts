import { Injectable } from '@nestjs/common';
import { Kafka } from 'kafkajs';

/** Readiness probe for Kafka: the cluster answers a metadata request within a short time. */
@Injectable()
export class KafkaHealth {
  private last: { at: number; ok: boolean; detail: string } | undefined;

  constructor(private readonly kafka: Kafka) {}

  async check(): Promise<{ ok: boolean; detail: string }> {
    // Cached for a second: probes every few seconds from several sources should not each hit the broker.
    if (this.last && Date.now() - this.last.at < 1000) return this.last;
    const admin = this.kafka.admin({ retry: { retries: 0 } });
    let result: { ok: boolean; detail: string };
    try {
      const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timed out')), 2000).unref());
      await Promise.race([admin.connect().then(() => admin.describeCluster()), timeout]);
      result = { ok: true, detail: 'up' };
    } catch (e) {
      result = { ok: false, detail: (e as Error).message };
    } finally {
      void admin.disconnect().catch(() => undefined);
    }
    this.last = { at: Date.now(), ...result };
    return result;
  }
}

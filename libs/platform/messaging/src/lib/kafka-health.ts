import { BeforeApplicationShutdown, Injectable } from '@nestjs/common';
import { Admin, Kafka } from 'kafkajs';

/**
 * Is Kafka reachable: the cluster answers a metadata request within two seconds. Reported on /health and as
 * `facile_dependency_up{dependency="kafka"}`; it does not decide readiness (ADR 0017). One admin connection is
 * kept between checks (a TLS and SASL handshake every few seconds would be waste) and dropped after a failure.
 */
@Injectable()
export class KafkaHealth implements BeforeApplicationShutdown {
  private last: { at: number; ok: boolean; detail: string } | undefined;
  private admin: Admin | undefined;
  /** The check under way: shutdown waits for it, so no broker request outlives the process's teardown. */
  private inflight: Promise<{ ok: boolean; detail: string }> | undefined;

  constructor(private readonly kafka: Kafka) {}

  check(): Promise<{ ok: boolean; detail: string }> {
    // Cached for a second: probes every few seconds from several sources should not each hit the broker.
    if (this.last && Date.now() - this.last.at < 1000) return Promise.resolve(this.last);
    this.inflight ??= this.ask().finally(() => (this.inflight = undefined));
    return this.inflight;
  }

  private async ask(): Promise<{ ok: boolean; detail: string }> {
    let result: { ok: boolean; detail: string };
    let timer: NodeJS.Timeout | undefined;
    try {
      const admin = (this.admin ??= this.kafka.admin({ retry: { retries: 0 } }));
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error('timed out')), 2000);
      });
      await Promise.race([admin.connect().then(() => admin.describeCluster()), timeout]);
      result = { ok: true, detail: 'up' };
    } catch (e) {
      result = { ok: false, detail: (e as Error).message };
      const admin = this.admin;
      this.admin = undefined;
      void admin?.disconnect().catch(() => undefined);
    } finally {
      clearTimeout(timer);
    }
    this.last = { at: Date.now(), ...result };
    return result;
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.inflight?.catch(() => undefined);
    await this.admin?.disconnect().catch(() => undefined);
  }
}

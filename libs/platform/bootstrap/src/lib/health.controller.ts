import { Controller, Get, Inject } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, HealthIndicatorService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { Public } from '@facile/platform/auth';
import { KafkaHealth } from '@facile/platform/messaging';
import { REDIS_CLIENT, RedisClient } from '@facile/platform/persistence';

@ApiExcludeController()
@Public()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly db: TypeOrmHealthIndicator,
    private readonly indicators: HealthIndicatorService,
    private readonly kafka: KafkaHealth,
    @Inject(REDIS_CLIENT) private readonly redis: RedisClient,
  ) {}

  /** The process answers: nothing else is checked, so a dependency outage never restarts pods. */
  @Get('live')
  live() {
    return { status: 'ok' };
  }

  /** PostgreSQL, Kafka and Redis all answer: 200, else 503 with which one failed. */
  @Get('ready')
  @HealthCheck()
  ready() {
    return this.health.check([
      () => this.db.pingCheck('database', { timeout: 1500 }),
      async () => {
        const ind = this.indicators.check('kafka');
        const r = await this.kafka.check();
        return r.ok ? ind.up() : ind.down({ message: r.detail });
      },
      async () => {
        const ind = this.indicators.check('redis');
        try {
          if (!this.redis.isReady) return ind.down({ message: 'not connected' });
          const timeout = new Promise<never>((_, rej) => setTimeout(() => rej(new Error('timed out')), 1000).unref());
          await Promise.race([this.redis.ping(), timeout]);
          return ind.up();
        } catch (e) {
          return ind.down({ message: (e as Error).message });
        }
      },
    ]);
  }
}

import { Controller, Get, ServiceUnavailableException } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Public } from '@facile/platform/auth';
import { DependencyHealth, HealthReport } from './dependency-health';

@ApiExcludeController()
@Public()
@Controller('health')
export class HealthController {
  constructor(private readonly health: DependencyHealth) {}

  /** The process answers: nothing else is checked, so a dependency outage never restarts pods. */
  @Get('live')
  live() {
    return { status: 'ok' };
  }

  /**
   * This pod can serve its requests: 200 while PostgreSQL answers, with Kafka and Redis reported (`degraded` when
   * one is down); 503 problem+json without PostgreSQL or while shutting down.
   */
  @Get('ready')
  async ready(): Promise<HealthReport> {
    const report = await this.health.check();
    if (!report.ready)
      throw new ServiceUnavailableException({ status: report.status, details: report.details });
    return report;
  }

  /** The details view for operators: always 200 while the process answers, readiness included. */
  @Get()
  details(): Promise<HealthReport> {
    return this.health.check();
  }
}

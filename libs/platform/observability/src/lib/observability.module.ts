import { DynamicModule, Global, MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { Registry } from 'prom-client';
import { loggerParams } from './logger';
import { createRegistry, HttpMetrics, HttpMetricsMiddleware, MetricsController } from './metrics';

@Global()
@Module({})
export class ObservabilityModule implements NestModule {
  static forRoot(options: { service: string; logLevel: string }): DynamicModule {
    return {
      module: ObservabilityModule,
      imports: [LoggerModule.forRoot(loggerParams(options.service, options.logLevel))],
      controllers: [MetricsController],
      providers: [{ provide: Registry, useFactory: () => createRegistry(options.service) }, HttpMetrics],
      exports: [Registry],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(HttpMetricsMiddleware).forRoutes('*path');
  }
}

import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { Counter, Registry } from 'prom-client';
import { Observable, tap } from 'rxjs';
import { DomainError } from '@facile/platform/errors';
import { METRIC_PREFIX } from '@facile/platform/observability';

/** Holds the counter once per registry. */
@Injectable()
export class BookingMetrics {
  readonly bookings: Counter<'outcome'>;

  constructor(registry: Registry) {
    this.bookings = new Counter({
      name: `${METRIC_PREFIX}bookings_total`,
      help: 'Booking requests by outcome: the new booking status (booked, …), replayed (same Idempotency-Key), or the problem code (slot-full, limit-reached, rate-limited, validation, …)',
      labelNames: ['outcome'],
      registers: [registry],
    });
  }
}

/**
 * Counts each booking request by what became of it. The outcome is a booking status or a problem code, both
 * finite sets in the code, so the label stays bounded; anything unexpected is `error`.
 */
@Injectable()
export class BookingOutcomeInterceptor implements NestInterceptor {
  constructor(private readonly metrics: BookingMetrics) {}

  intercept(_context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(
      tap({
        next: (body: unknown) => {
          const b = body as { status?: unknown; manageToken?: unknown } | undefined;
          const outcome =
            b && typeof b.status === 'string' ? (b.manageToken ? b.status : 'replayed') : 'error';
          this.metrics.bookings.inc({ outcome });
        },
        error: (e: unknown) =>
          this.metrics.bookings.inc({ outcome: e instanceof DomainError ? e.code : 'error' }),
      }),
    );
  }
}

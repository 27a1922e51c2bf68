import { ArgumentsHost, Catch, ExceptionFilter, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { UnknownTenantError } from '@facile/platform/tenancy';
import { NotFoundError } from '@facile/platform/errors';
import { errorToProblem } from './error-to-problem';
import { PROBLEM_CONTENT_TYPE } from './problem';

/** The one exception filter: every error becomes application/problem+json. */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') throw exception;
    const ctx = host.switchToHttp();
    const response = ctx.getResponse<Response>();
    const request = ctx.getRequest<Request>();
    const error = exception instanceof UnknownTenantError ? new NotFoundError(exception.message) : exception;
    const { problem, internal } = errorToProblem(error);
    if (internal) this.logger.error({ err: exception, path: request.path }, 'Unhandled error');
    if (response.headersSent) return;
    if (typeof problem['retryAfterSeconds'] === 'number')
      response.setHeader('Retry-After', String(problem['retryAfterSeconds']));
    response
      .status(problem.status)
      .type(PROBLEM_CONTENT_TYPE)
      .send(JSON.stringify({ ...problem, instance: request.path }));
  }
}

export interface FieldProblem {
  field: string;
  message: string;
}

/**
 * A typed error a use case returns or throws. It carries what problem+json (RFC 9457) needs, so one
 * exception filter maps every context's errors. Pure TypeScript: domain code may use it.
 */
export abstract class DomainError extends Error {
  abstract readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 422 | 429;
  /** Short slug: the problem type is `PROBLEM_TYPE_BASE + code` (docs/problems.md). */
  abstract readonly code: string;
  abstract readonly title: string;
  readonly errors?: FieldProblem[];
  /** Extension members added to the problem document (e.g. `bookings` affected by a closure). */
  readonly extensions?: Record<string, unknown>;

  constructor(detail: string) {
    super(detail);
    this.name = new.target.name;
  }
}

export class ValidationFailedError extends DomainError {
  readonly status = 400;
  readonly code = 'validation';
  readonly title = 'The request is not valid';
  constructor(
    override readonly errors: FieldProblem[],
    detail = errors.map((e) => `${e.field}: ${e.message}`).join('; '),
  ) {
    super(detail);
  }
}

export class NotFoundError extends DomainError {
  readonly status = 404;
  readonly code = 'not-found';
  readonly title = 'Not found';
}

export class ConflictError extends DomainError {
  readonly status = 409;
  readonly code: string;
  readonly title: string;
  constructor(detail: string, code = 'conflict', title = 'Conflict with the current state') {
    super(detail);
    this.code = code;
    this.title = title;
  }
}

export class BusinessRuleError extends DomainError {
  readonly status = 422;
  readonly code: string;
  readonly title = 'The request breaks a business rule';
  constructor(detail: string, code = 'business-rule') {
    super(detail);
    this.code = code;
  }
}

export class ForbiddenError extends DomainError {
  readonly status = 403;
  readonly code = 'forbidden';
  readonly title = 'Not allowed';
}

export class TooManyRequestsError extends DomainError {
  readonly status = 429;
  readonly code: string;
  readonly title = 'Too many requests';
  override readonly extensions: Record<string, unknown> | undefined;
  /** `retryAfterSeconds` becomes the problem's member of that name and the `Retry-After` header. */
  constructor(detail: string, retryAfterSeconds?: number, code = 'rate-limited') {
    super(detail);
    this.code = code;
    this.extensions = retryAfterSeconds === undefined ? undefined : { retryAfterSeconds };
  }
}

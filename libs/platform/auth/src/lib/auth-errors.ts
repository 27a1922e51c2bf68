/** 401: no token, or one that does not verify. The detail never says which check failed beyond the basics. */
export class NotAuthenticatedError extends Error {
  readonly status = 401;
  constructor(detail = 'A valid bearer token is required') {
    super(detail);
    this.name = 'NotAuthenticatedError';
  }
}

/** 403: authenticated, but this role or scope may not do this. */
export class NotAllowedError extends Error {
  readonly status = 403;
  constructor(detail = 'Your role does not allow this operation') {
    super(detail);
    this.name = 'NotAllowedError';
  }
}

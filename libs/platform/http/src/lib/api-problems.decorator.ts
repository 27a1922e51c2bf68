import { applyDecorators } from '@nestjs/common';
import { ApiExtraModels, ApiResponse, getSchemaPath } from '@nestjs/swagger';
import { PROBLEM_CONTENT_TYPE } from './problem';
import { ProblemDto } from './problem.dto';

/** What each error status means when a route does not say more. */
const DEFAULT_DESCRIPTIONS: Record<number, string> = {
  400: 'The request is not valid (problem+json with `errors` per field)',
  401: 'No staff token, or one that is not valid or has expired',
  403: 'The token is valid but does not allow this (role, municipality or site)',
  404: 'Unknown id, code or slug (or a manage token that does not match)',
  409: 'Conflicts with the current state (slot taken, limit reached, invalid transition, duplicate)',
  413: 'The body is too large',
  415: 'The body is not JSON',
  422: 'Well-formed, but breaks a business rule',
  429: 'Too many attempts from this client; retry after `Retry-After` seconds',
  503: 'A dependency is not reachable; retry shortly',
};

export type ProblemStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429 | 503;

/**
 * Declares the route's error answers as `application/problem+json` with the shared Problem schema:
 * `@ApiProblems(400, 404, 409)`, or with a route-specific text: `@ApiProblems(400, [409, 'The slot is full'])`.
 */
export function ApiProblems(
  ...responses: (ProblemStatus | [ProblemStatus, string])[]
): MethodDecorator & ClassDecorator {
  return applyDecorators(
    ApiExtraModels(ProblemDto),
    ...responses.map((r) => {
      const [status, description] = Array.isArray(r) ? r : [r, DEFAULT_DESCRIPTIONS[r]];
      return ApiResponse({
        status,
        description,
        content: { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: getSchemaPath(ProblemDto) } } },
      });
    }),
  );
}

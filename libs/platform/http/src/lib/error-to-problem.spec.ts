import { BadRequestException, NotFoundException, ServiceUnavailableException } from '@nestjs/common';
import { ConflictError, NotFoundError, ValidationFailedError } from '@facile/platform/errors';
import { errorToProblem } from './error-to-problem';

describe('errorToProblem', () => {
  it('maps a domain error with its own status, type and field errors', () => {
    const { problem, internal } = errorToProblem(
      new ValidationFailedError([{ field: 'title', message: 'too short' }]),
    );
    expect(internal).toBe(false);
    expect(problem).toMatchObject({
      status: 400,
      type: 'https://sportellofacile.unionevallesavio.it/problems/validation',
      errors: [{ field: 'title', message: 'too short' }],
    });
  });

  it.each([
    [new NotFoundError('no such slug'), 404],
    [new ConflictError('slot taken'), 409],
    [new NotFoundException(), 404],
    [new BadRequestException('bad'), 400],
  ])('keeps the status of %s', (error, status) => {
    expect(errorToProblem(error).problem.status).toBe(status);
  });

  it.each([
    ['23505', 409],
    ['23P01', 409],
    ['22P02', 400],
    ['22007', 400],
  ])('maps SQLSTATE %s to %i, never 5xx', (code, status) => {
    const queryFailed = Object.assign(new Error('db'), { driverError: { code } });
    expect(errorToProblem(queryFailed).problem.status).toBe(status);
  });

  it("maps body-parser's malformed JSON to a 400 saying so", () => {
    const parse = Object.assign(new SyntaxError('Unexpected token'), {
      status: 400,
      type: 'entity.parse.failed',
    });
    expect(errorToProblem(parse).problem).toMatchObject({
      status: 400,
      detail: 'The body is not valid JSON',
    });
  });

  it('says so when Nest has already wrapped the parser error in a BadRequestException', () => {
    const wrapped = new BadRequestException('Unexpected end of JSON input');
    expect(errorToProblem(wrapped).problem).toMatchObject({
      status: 400,
      detail: expect.stringMatching(/^The body is not valid JSON/),
    });
  });

  it('answers 400 for a NUL character PostgreSQL refuses to store, not 500', () => {
    const nul = Object.assign(new Error('invalid byte sequence for encoding "UTF8": 0x00'), {
      code: '22021',
      severity: 'ERROR',
    });
    expect(errorToProblem(nul)).toMatchObject({ problem: { status: 400 }, internal: false });
  });

  it('keeps the readiness details of terminus', () => {
    const e = new ServiceUnavailableException({ status: 'error', details: { kafka: { status: 'down' } } });
    expect(errorToProblem(e).problem).toMatchObject({ status: 503, checks: { kafka: { status: 'down' } } });
  });

  it('answers 503 (retry later), not 500, when the database is away', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    const terminated = {
      message: 'Query failed',
      driverError: new Error('Connection terminated unexpectedly'),
    };
    const shutdown = Object.assign(new Error('terminating connection due to administrator command'), {
      code: '57P01',
      severity: 'FATAL',
    });
    for (const e of [refused, terminated, shutdown, new Error('timeout exceeded when trying to connect')]) {
      const { problem, internal } = errorToProblem(e);
      expect(internal).toBe(false);
      expect(problem).toMatchObject({
        status: 503,
        type: 'https://sportellofacile.unionevallesavio.it/problems/unavailable',
        retryAfterSeconds: 5,
      });
    }
  });

  it('hides the detail of an unexpected error and flags it internal', () => {
    const { problem, internal } = errorToProblem(new TypeError('secret stack detail'));
    expect(internal).toBe(true);
    expect(problem.status).toBe(500);
    expect(problem.detail).not.toMatch(/secret/);
  });
});

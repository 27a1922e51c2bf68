import { describe, expect, it } from 'vitest';
import { ApiProblem, problemFrom, unwrap } from './api-problem';

const problemJson = (body: unknown, status: number, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/problem+json', ...headers },
  });

describe('problemFrom', () => {
  it("keeps a service's problem+json members, field errors included", async () => {
    const body = {
      type: 'https://sportellofacile.unionevallesavio.it/problems/validation',
      title: 'The request is not valid',
      status: 400,
      detail: 'citizen.fiscalCode: fiscalCode must be a valid Italian codice fiscale',
      instance: '/scheduling/v1/bookings',
      errors: [
        { field: 'citizen.fiscalCode', message: 'fiscalCode must be a valid Italian codice fiscale' },
        { bogus: true },
      ],
    };
    const response = problemJson(body, 400);
    const problem = problemFrom(response, await response.clone().json());
    expect(problem).toBeInstanceOf(ApiProblem);
    expect(problem).toBeInstanceOf(Error);
    expect(problem).toMatchObject({ ...body, errors: [body.errors[0]] });
    expect(problem.message).toBe(body.detail);
    expect(problem.isTransient).toBe(false);
  });

  it("makes a problem of a proxy's HTML error page without showing that page", () => {
    const response = new Response('<html><body>Bad gateway</body></html>', {
      status: 502,
      statusText: 'Bad Gateway',
    });
    const problem = problemFrom(response, '<html><body>Bad gateway</body></html>');
    expect(problem).toMatchObject({
      type: 'about:blank',
      title: 'Bad Gateway',
      status: 502,
      detail: '',
      errors: [],
    });
    expect(problem.isTransient).toBe(true);
  });

  it('takes the wait from Retry-After when the body does not give it', () => {
    const response = problemJson({ title: 'Too many requests', status: 429 }, 429, { 'retry-after': '30' });
    expect(problemFrom(response, { title: 'Too many requests', status: 429 }).retryAfterSeconds).toBe(30);
  });
});

describe('unwrap', () => {
  it('gives the data of a successful call', async () => {
    const response = new Response('{}', { status: 200 });
    await expect(unwrap(Promise.resolve({ data: { items: [1] }, response }))).resolves.toEqual({
      items: [1],
    });
  });

  it('throws the problem of a failed call', async () => {
    const response = problemJson(
      { type: 'https://x/problems/not-found', title: 'Not found', status: 404, detail: 'no such tenant' },
      404,
    );
    const failed = unwrap(
      Promise.resolve({
        error: {
          type: 'https://x/problems/not-found',
          title: 'Not found',
          status: 404,
          detail: 'no such tenant',
        },
        response,
      }),
    );
    await expect(failed).rejects.toMatchObject({ name: 'ApiProblem', status: 404, detail: 'no such tenant' });
  });

  it('turns a request that got no answer into a network problem (status 0)', async () => {
    const failed = unwrap(Promise.reject(new TypeError('fetch failed')));
    await expect(failed).rejects.toMatchObject({
      status: 0,
      isNetwork: true,
      isTransient: true,
      detail: 'fetch failed',
    });
  });

  it('lets a cancellation through as a cancellation', async () => {
    const abort = new DOMException('The operation was aborted.', 'AbortError');
    await expect(unwrap(Promise.reject(abort))).rejects.toBe(abort);
  });
});

import request from 'supertest';
import { startTestService, testEnvironment, TestService } from '@facile/platform/testing';
import { AssistanceConfig } from '../identity-assistance.config';
import { assistanceService } from '../identity-assistance.service';

describe('case lookups are rate limited (Redis)', () => {
  let svc: TestService<AssistanceConfig>;
  beforeAll(async () => {
    svc = await startTestService(
      assistanceService,
      testEnvironment('identity-assistance', {
        LOOKUP_RATE_LIMIT_PER_MINUTE: '3',
        KAFKA_CONSUMERS_ENABLED: 'false',
      }),
    );
  });
  afterAll(() => svc?.close());

  it('answers 429 problem+json past the limit', async () => {
    const http = request(svc.app.getHttpServer());
    for (let i = 0; i < 3; i++)
      await http.get('/assistance/v1/cases/ABCD-EFGH').set('X-Manage-Token', 'x').expect(404);
    const res = await http.get('/assistance/v1/cases/ABCD-EFGH').set('X-Manage-Token', 'x').expect(429);
    expect(res.headers['content-type']).toContain('application/problem+json');
    // When to come back, for clients and for people: the header and the problem member agree.
    const retryAfter = Number(res.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(res.body).toMatchObject({ status: 429, retryAfterSeconds: retryAfter });
  });
});

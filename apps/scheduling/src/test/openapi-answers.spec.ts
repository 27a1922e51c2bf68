import { OpenApiAnswers, OpenApiDocument } from './openapi-answers';

/** The checker itself, on a small document: it must refuse what does not conform, or the int suite proves nothing. */
describe('OpenApiAnswers', () => {
  const doc: OpenApiDocument = {
    paths: {
      '/things/{id}': {
        get: {
          operationId: 'getThing',
          responses: {
            '200': { content: { 'application/json': { schema: { $ref: '#/components/schemas/Thing' } } } },
            '404': {
              content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
            },
          },
        },
      },
      '/things/{id}.ics': {
        get: {
          operationId: 'getThingCalendar',
          responses: { '200': { content: { 'text/calendar': { schema: { type: 'string' } } } } },
        },
      },
    },
    components: {
      schemas: {
        Thing: {
          type: 'object',
          required: ['id', 'at', 'note', 'part'],
          properties: {
            id: { type: 'string', format: 'uuid', example: '3f2b6a1e-8c4d-4e7a-9b1f-2d5c6e7a8b90' },
            at: { type: 'string', format: 'date-time' },
            note: { type: 'string', nullable: true },
            part: { nullable: true, type: 'object', allOf: [{ $ref: '#/components/schemas/Part' }] },
            status: { type: 'string', enum: ['open', 'closed'] },
          },
        },
        Part: { type: 'object', required: ['n'], properties: { n: { type: 'integer' } } },
        Problem: { type: 'object', required: ['status'], properties: { status: { type: 'integer' } } },
      },
    },
  };
  const json = (status: number, body: unknown, type = 'application/json') => ({
    status,
    headers: { 'content-type': `${type}; charset=utf-8` },
    text: JSON.stringify(body),
  });
  const good = {
    id: '3f2b6a1e-8c4d-4e7a-9b1f-2d5c6e7a8b90',
    at: '2027-04-06T09:00:00+02:00',
    note: null,
    part: { n: 1 },
    extra: 'allowed',
  };

  it('accepts a conforming answer, nulls where nullable, extra properties, and records the success', () => {
    const api = new OpenApiAnswers(doc);
    expect(api.problems('getThing', json(200, good))).toEqual([]);
    expect(api.problems('getThing', json(200, { ...good, part: null, note: 'x' }))).toEqual([]);
    expect(
      api.problems('getThingCalendar', {
        status: 200,
        headers: { 'content-type': 'text/calendar; charset=utf-8' },
        text: 'BEGIN:VCALENDAR',
      }),
    ).toEqual([]);
    expect([...api.succeeded].sort()).toEqual(['getThing', 'getThingCalendar']);
  });

  it.each([
    ['a missing required property', { ...good, at: undefined }],
    ['a wrong type', { ...good, part: { n: 'one' } }],
    ['a bad format', { ...good, at: '6 April 2027' }],
    ['a null where not nullable', { ...good, id: null }],
    ['a value outside the enum', { ...good, status: 'lost' }],
  ])('refuses %s', (_what, body) => {
    const api = new OpenApiAnswers(doc);
    expect(api.problems('getThing', json(200, body))).not.toEqual([]);
    expect(api.succeeded.size).toBe(0);
  });

  it('refuses an undeclared status or media type, and checks problem answers too', () => {
    const api = new OpenApiAnswers(doc);
    expect(api.problems('getThing', json(409, { status: 409 }, 'application/problem+json'))[0]).toMatch(
      /status not declared/,
    );
    expect(api.problems('getThing', json(200, good, 'text/plain'))[0]).toMatch(
      /media type text\/plain not declared/,
    );
    expect(api.problems('getThing', json(404, { status: 404 }, 'application/problem+json'))).toEqual([]);
    expect(
      api.problems('getThing', json(404, { title: 'no status' }, 'application/problem+json')),
    ).not.toEqual([]);
    expect(() => api.check('getThing', json(200, { ...good, id: 7 }))).toThrow(/\/id must be string/);
  });
});

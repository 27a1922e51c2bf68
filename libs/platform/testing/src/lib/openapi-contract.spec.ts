import { untypedOperations } from './openapi-contract';

const problem = {
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/ProblemDto' } } },
};
const typed = {
  operationId: 'getThing',
  summary: 'One thing',
  responses: {
    '200': { content: { 'application/json': { schema: { $ref: '#/components/schemas/Thing' } } } },
    '404': problem,
  },
};

describe('untypedOperations', () => {
  it('accepts an operation with its id, summary, answer schema and problems (204 without a body)', () => {
    const reset = {
      operationId: 'resetThing',
      summary: 'Reset',
      responses: { '204': { description: 'Reset' }, '404': problem },
    };
    expect(untypedOperations({ paths: { '/things/{id}': { get: typed, delete: reset } } })).toEqual([]);
  });

  it('names what is missing: prose-only answers, no id, no 4xx, an error that is not a Problem', () => {
    const prose = {
      summary: 'Prose',
      responses: { '200': { description: '{ items: [...] }' }, '503': { description: 'down' } },
    };
    expect(untypedOperations({ paths: { '/things': { get: prose } } })).toEqual([
      'GET /things: no operationId',
      'GET /things: 200 declares no body',
      'GET /things: no 4xx answer',
      'GET /things: 503 is not a problem+json Problem',
    ]);
  });
});

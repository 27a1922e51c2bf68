import { Module, Provider, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { OpenAPIObject } from '@nestjs/swagger';
import { buildOpenApiDocument, PROBLEM_CONTENT_TYPE } from '@facile/platform/http';
import { BookingMetrics, SCHEDULING_API_TAGS, SCHEDULING_CONTROLLERS } from '@facile/scheduling/api';
import { QUEUE_CONTROLLERS } from '@facile/scheduling/queue-infrastructure';
import { SESSIONS_CONTROLLERS } from '@facile/scheduling/sessions-infrastructure';
import { STATISTICS_CONTROLLERS } from '@facile/scheduling/statistics-infrastructure';

/** The HTTP surface of the service: the booking core's controllers and those of each feature slice. */
const CONTROLLERS = [
  ...SCHEDULING_CONTROLLERS,
  ...STATISTICS_CONTROLLERS,
  ...SESSIONS_CONTROLLERS,
  ...QUEUE_CONTROLLERS,
];

type Json = Record<string, unknown>;
interface Operation {
  operationId?: string;
  tags?: string[];
  security?: unknown[];
  parameters?: { name: string; in: string; schema?: Json; example?: unknown }[];
  requestBody?: unknown;
  responses: Record<string, { description?: string; content?: Record<string, { schema?: Json }> }>;
}

/** The document as the service builds it, from the controllers alone: their dependencies are empty stand-ins. */
async function schedulingDocument(): Promise<OpenAPIObject> {
  const dependencies = new Set<Type>();
  for (const controller of CONTROLLERS)
    for (const dep of (Reflect.getMetadata('design:paramtypes', controller) ?? []) as Type[])
      dependencies.add(dep);
  // the booking outcome interceptor (metrics) is instantiated with its controller: a stand-in too
  dependencies.add(BookingMetrics);
  const providers: Provider[] = [...dependencies].map((provide) => ({ provide, useValue: {} }));
  @Module({ controllers: CONTROLLERS, providers })
  class DocumentOnlyModule {}
  const app = await NestFactory.create(DocumentOnlyModule, { logger: false, abortOnError: false });
  try {
    return buildOpenApiDocument(app, {
      root: 'scheduling',
      title: 'scheduling',
      description: 'scheduling',
      version: '1.0.0',
      tags: SCHEDULING_API_TAGS,
    });
  } finally {
    await app.close();
  }
}

describe('the scheduling OpenAPI document', () => {
  let doc: OpenAPIObject;
  let operations: { key: string; op: Operation }[];
  const schemas = () => (doc.components?.schemas ?? {}) as Record<string, Json>;

  beforeAll(async () => {
    doc = await schedulingDocument();
    operations = Object.entries(doc.paths).flatMap(([path, item]) =>
      Object.entries(item as Record<string, Operation>).map(([method, op]) => ({
        key: `${method.toUpperCase()} ${path}`,
        op,
      })),
    );
  });

  it('names every operation with a unique camelCase operationId', () => {
    expect(operations.length).toBeGreaterThanOrEqual(36);
    const ids = operations.map(({ op }) => op.operationId);
    const bad = operations
      .filter(({ op }) => !/^[a-z][a-zA-Z0-9]+$/.test(op.operationId ?? ''))
      .map(({ key, op }) => `${key}: ${op.operationId}`);
    expect(bad).toEqual([]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(
      expect.arrayContaining([
        'listSites',
        'getAvailability',
        'createHold',
        'createBooking',
        'getBooking',
        'cancelBooking',
        'rescheduleBooking',
        'getAgenda',
        'registerForSession',
        'takeTicket',
        'getQueueBoard',
        'streamQueue',
        'callNextTicket',
        'getStatistics',
      ]),
    );
  });

  it('declares a 2xx answer with a schema for every operation (204 alone has none): a component for JSON, a string for the other media types', () => {
    const missing: string[] = [];
    for (const { key, op } of operations) {
      const success = Object.entries(op.responses).filter(([status]) => /^2\d\d$/.test(status));
      if (success.length !== 1) missing.push(`${key}: ${success.length} 2xx answers`);
      for (const [status, response] of success) {
        const content = Object.entries(response.content ?? {});
        // 204 is the one success that carries nothing (a released hold); every other answers with a schema.
        if (status === '204') {
          if (content.length > 0) missing.push(`${key} 204: content on a 204`);
          continue;
        }
        if (content.length === 0) missing.push(`${key} ${status}: no content`);
        for (const [media, { schema }] of content) {
          if (
            media === 'application/json'
              ? typeof schema?.['$ref'] !== 'string'
              : schema?.['type'] !== 'string'
          )
            missing.push(`${key} ${status} ${media}: ${JSON.stringify(schema)}`);
        }
        // No prose standing in for a schema ("{id, code, …}").
        if (/\{/.test(response.description ?? ''))
          missing.push(`${key} ${status}: prose schema "${response.description}"`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('serves its non-JSON answers with their own media types', () => {
    const media = (id: string) => {
      const op = operations.find((o) => o.op.operationId === id)?.op;
      return Object.keys(
        Object.entries(op?.responses ?? {}).find(([s]) => s.startsWith('2'))?.[1].content ?? {},
      );
    };
    expect(media('getBookingCalendar')).toEqual(['text/calendar']);
    expect(media('streamQueue')).toEqual(['text/event-stream']);
    expect(media('getStatistics')).toEqual(['application/json', 'text/csv']);
  });

  it('declares the error answers as problem+json: 400 for input, 401/403 for staff routes, 429 for lookups by code', () => {
    const problem = `#/components/schemas/${'ProblemDto'}`;
    const wrong: string[] = [];
    for (const { key, op } of operations) {
      const errors = Object.entries(op.responses).filter(([status]) => /^4\d\d$/.test(status));
      if (errors.length === 0) wrong.push(`${key}: no 4xx`);
      for (const [status, r] of errors)
        if (r.content?.[PROBLEM_CONTENT_TYPE]?.schema?.['$ref'] !== problem)
          wrong.push(`${key} ${status}: not the Problem schema`);
      const has = (s: string) => s in op.responses;
      // Staff routes say so (@ApiBearerAuth('staff')); public ones carry no requirement of their own.
      const staff = (op.security ?? []).some((r) => typeof r === 'object' && r !== null && 'staff' in r);
      if (staff && !(has('401') && has('403'))) wrong.push(`${key}: staff route without 401/403`);
      if (!staff && (has('401') || has('403'))) wrong.push(`${key}: public route with 401/403`);
      if (((op.parameters ?? []).some((p) => p.in !== 'header') || op.requestBody) && !has('400'))
        wrong.push(`${key}: takes input, no 400`);
      if ((op.parameters ?? []).some((p) => p.name === 'X-Manage-Token') && !has('429'))
        wrong.push(`${key}: looked up by code, no 429`);
    }
    expect(wrong).toEqual([]);
  });

  it('uses only tags that SCHEDULING_API_TAGS describes in one sentence, and each of them', () => {
    const used = new Set(operations.flatMap(({ op }) => op.tags ?? []));
    const described = SCHEDULING_API_TAGS.map((t) => t.name);
    expect([...used].sort()).toEqual([...described].sort());
    for (const t of SCHEDULING_API_TAGS) expect(t.description).toMatch(/^[A-Z].{20,}\.$/);
  });

  it('gives every scalar property an example, and resolves every $ref', () => {
    const bare: string[] = [];
    const refs = new Set<string>();
    const walk = (node: unknown, where: string): void => {
      if (Array.isArray(node)) return node.forEach((n, i) => walk(n, `${where}[${i}]`));
      if (!node || typeof node !== 'object') return;
      const n = node as Json;
      if (typeof n['$ref'] === 'string') refs.add(n['$ref']);
      for (const [k, v] of Object.entries(n)) walk(v, `${where}.${k}`);
    };
    walk(doc, '');
    for (const ref of refs) expect(schemas()[ref.replace('#/components/schemas/', '')]).toBeDefined();
    for (const [name, schema] of Object.entries(schemas())) {
      for (const [prop, s] of Object.entries((schema['properties'] ?? {}) as Record<string, Json>)) {
        const scalar = ['string', 'integer', 'number'].includes(String(s['type'])) && !s['enum'];
        if (scalar && s['example'] === undefined) bare.push(`${name}.${prop}`);
      }
    }
    expect(bare).toEqual([]);
  });

  it('marks the values that may be null as nullable', () => {
    const prop = (schema: string, name: string) =>
      (schemas()[schema]['properties'] as Record<string, Json>)[name];
    expect(prop('Site', 'address')['nullable']).toBe(true);
    expect(prop('Agenda', 'closure')['nullable']).toBe(true);
    expect(prop('SiteOffering', 'tenants')['nullable']).toBe(true);
    expect(prop('StatisticsBookings', 'noShowRate')['nullable']).toBe(true);
    expect(prop('Booking', 'start')['format']).toBe('date-time');
  });
});

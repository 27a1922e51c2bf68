import type { MetadataStorage } from 'class-transformer/types/MetadataStorage';
// class-transformer exposes its storage only through this path; it resolves the @Type() of nested payloads.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { defaultMetadataStorage } = require('class-transformer/cjs/storage') as {
  defaultMetadataStorage: MetadataStorage;
};
import { getMetadataStorage } from 'class-validator';
import { validationMetadatasToSchemas } from 'class-validator-jsonschema';
import { EventTypes } from '../event-types';
import { topicSpecs } from '../topics';

// Loaded for their metadata (the event classes register their validation rules on import).
import '../events/catalogue-service.events';

const HEADERS = {
  type: 'object',
  required: ['ce_id', 'ce_type', 'ce_source', 'ce_specversion', 'ce_time', 'ce_tenant'],
  properties: {
    ce_id: { type: 'string', description: 'Event id (UUID); consumers deduplicate on it' },
    ce_type: { type: 'string', description: 'Event type' },
    ce_source: { type: 'string', description: 'Producing service' },
    ce_specversion: { type: 'string', const: '1.0' },
    ce_time: { type: 'string', format: 'date-time' },
    ce_tenant: { type: 'string', description: 'Municipality (or the Union) the event belongs to' },
    ce_subject: { type: 'string', description: 'Aggregate id, also the Kafka key' },
    ce_traceparent: { type: 'string', description: 'W3C trace context' },
  },
};

const messageName = (type: string) => type.replace(/[.-](\w)/g, (_, c: string) => c.toUpperCase());

/**
 * The AsyncAPI 3 document of every topic and event type, generated from libs/contracts so it cannot drift:
 * the test suite compares docs/asyncapi.yaml with this and validates it with @asyncapi/parser.
 */
export function buildAsyncApiDocument(): Record<string, unknown> {
  const schemas = validationMetadatasToSchemas({
    classValidatorMetadataStorage: getMetadataStorage(),
    classTransformerMetadataStorage: defaultMetadataStorage,
    refPointerPrefix: '#/components/schemas/',
  }) as Record<string, unknown>;
  const channels: Record<string, unknown> = {};
  const operations: Record<string, unknown> = {};
  const messages: Record<string, unknown> = {};
  const usedSchemas: Record<string, unknown> = {};
  const addSchema = (name: string) => {
    if (usedSchemas[name] || !schemas[name]) return;
    usedSchemas[name] = schemas[name];
    const text = JSON.stringify(schemas[name]);
    for (const m of text.matchAll(/#\/components\/schemas\/(\w+)/g)) addSchema(m[1]);
  };
  for (const spec of topicSpecs) {
    const channelId = spec.name.replace(/\./g, '_');
    const channelMessages: Record<string, unknown> = {};
    for (const type of spec.types) {
      const entry = EventTypes[type as keyof typeof EventTypes];
      // A subclass that adds no rule of its own has no schema of its own: use its nearest ancestor's.
      let cls: { name: string } | null = entry.payload;
      while (cls && !schemas[cls.name]) cls = Object.getPrototypeOf(cls) as { name: string } | null;
      const className = cls?.name ?? entry.payload.name;
      addSchema(className);
      const name = messageName(type);
      messages[name] = {
        name: type,
        title: type,
        contentType: 'application/json',
        headers: HEADERS,
        payload: { $ref: `#/components/schemas/${className}` },
        bindings: {
          kafka: { key: { type: 'string', description: 'aggregate id' }, bindingVersion: '0.5.0' },
        },
      };
      channelMessages[name] = { $ref: `#/components/messages/${name}` };
    }
    channels[channelId] = {
      address: spec.name,
      description: `Events of ${spec.name.split('.')[0]}; the dead-letter topic is ${spec.name}.dlq. Deployments may prefix topic names.`,
      messages: channelMessages,
      bindings: { kafka: { partitions: spec.partitions, replicas: 3, bindingVersion: '0.5.0' } },
    };
    operations[`publish_${channelId}`] = {
      action: 'send',
      channel: { $ref: `#/channels/${channelId}` },
      summary: `Published through the transactional outbox of ${spec.name.split('.')[0]}`,
    };
  }
  return {
    asyncapi: '3.0.0',
    info: {
      title: 'Sportello FACILE Territoriale — events',
      version: '1.0.0',
      description:
        'CloudEvents 1.0 in Kafka binary mode: attributes in ce_* headers, JSON body, key = aggregate id. Generated from libs/contracts (npm run generate:asyncapi).',
    },
    defaultContentType: 'application/json',
    servers: {
      local: { host: '127.0.0.1:9092', protocol: 'kafka', description: 'npm start / npm test broker' },
    },
    channels,
    operations,
    components: { messages, schemas: usedSchemas },
  };
}

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Parser } from '@asyncapi/parser';
import YAML from 'yaml';
import { EventTypes } from '../event-types';
import { topicSpecs } from '../topics';
import { buildAsyncApiDocument } from './asyncapi-document';

const file = path.resolve(__dirname, '../../../../../docs/asyncapi.yaml');

describe('docs/asyncapi.yaml', () => {
  const text = readFileSync(file, 'utf8');

  it('is current with libs/contracts (npm run generate:asyncapi)', () => {
    expect(YAML.parse(text)).toEqual(JSON.parse(JSON.stringify(buildAsyncApiDocument())));
  });

  it('is a valid AsyncAPI 3 document', async () => {
    const { document, diagnostics } = await new Parser().parse(text);
    const errors = diagnostics.filter((d) => d.severity === 0);
    expect(errors.map((e) => `${e.path.join('.')}: ${e.message}`)).toEqual([]);
    expect(document).toBeDefined();
  });

  it('describes every topic and event type of the contract', () => {
    const doc = YAML.parse(text);
    const addresses = Object.values(doc.channels as Record<string, { address: string }>).map(
      (c) => c.address,
    );
    expect(addresses.sort()).toEqual(topicSpecs.map((t) => t.name).sort());
    const names = Object.values(doc.components.messages as Record<string, { name: string }>).map(
      (m) => m.name,
    );
    expect(names.sort()).toEqual(Object.keys(EventTypes).sort());
  });
});

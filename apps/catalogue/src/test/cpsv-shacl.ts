import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import JsonLdParser from '@rdfjs/parser-jsonld';
import { Parser, Store } from 'n3';
import SHACLValidator from 'rdf-validate-shacl';
import { sharedDataFile } from '@facile/platform/testing';

/** One SHACL violation, readable in a failing assertion. */
export interface ShaclViolation {
  focusNode: string;
  path: string;
  /** The SHACL constraint component, e.g. `ClassConstraintComponent`. */
  constraint: string;
  message: string;
  shape: string;
}

export interface ShaclOutcome {
  conforms: boolean;
  violations: ShaclViolation[];
  /** The triples the document became: an empty graph conforms to anything. */
  triples: number;
}

/** The published CPSV-AP 3.2.0 SHACL shapes (SEMIC), read from shared/data beside the repository. */
export function cpsvShapes(): Store {
  const turtle = readFileSync(sharedDataFile('cpsv-ap', 'cpsv-ap-3.2.0-SHACL.ttl'), 'utf8');
  return new Store(new Parser({ format: 'text/turtle' }).parse(turtle));
}

/**
 * A JSON-LD document as RDF, offline: its context is inline, and any remote context it would need is refused by
 * the document loader instead of being fetched.
 */
export function jsonLdToStore(doc: object): Promise<Store> {
  const parser = new JsonLdParser({
    documentLoader: {
      load: (url: string) =>
        Promise.reject(new Error(`refusing to fetch the JSON-LD context ${url}: contexts must be inline`)),
    },
  });
  return new Promise((resolve, reject) => {
    const store = new Store();
    const quads = parser.import(Readable.from([JSON.stringify(doc)]));
    quads.on('data', (q) => store.add(q));
    quads.on('error', reject);
    quads.on('end', () => resolve(store));
  });
}

/** Validates JSON-LD against the shapes with rdf-validate-shacl. */
export async function validateJsonLd(validator: SHACLValidator, doc: object): Promise<ShaclOutcome> {
  const data = await jsonLdToStore(doc);
  const report = await validator.validate(data);
  return {
    conforms: report.conforms,
    triples: data.size,
    violations: report.results.map((r) => ({
      focusNode: r.focusNode?.value ?? '',
      path: r.path?.value ?? '',
      constraint: (r.sourceConstraintComponent?.value ?? '').replace('http://www.w3.org/ns/shacl#', ''),
      message: r.message.map((m) => m.value).join('; '),
      shape: r.sourceShape?.value ?? '',
    })),
  };
}

/** The part of @rdfjs/parser-jsonld (an RDF/JS sink, shipped without TypeScript types) the CPSV-AP test uses. */
declare module '@rdfjs/parser-jsonld' {
  import type { EventEmitter } from 'node:events';
  import type { Readable } from 'node:stream';
  import type { Quad } from '@rdfjs/types';

  export interface JsonLdParserOptions {
    baseIRI?: string;
    context?: object | null;
    documentLoader?: { load(url: string): Promise<object> };
  }

  export default class JsonLdParser {
    constructor(options?: JsonLdParserOptions);
    /** A stream of the quads of the JSON-LD text read from `input`. */
    import(
      input: Readable,
      options?: JsonLdParserOptions,
    ): EventEmitter & { on(event: 'data', listener: (quad: Quad) => void): unknown };
  }
}

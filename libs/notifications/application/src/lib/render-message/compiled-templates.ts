import Handlebars from 'handlebars';
import { LRUCache } from 'lru-cache';

/** Strict variables (a missing one is an error, never an empty hole); plain text, so nothing is HTML-escaped. */
const OPTIONS = { strict: true, noEscape: true } as const;

export type CompiledTemplate = (variables: object) => string;

/**
 * Compiled Handlebars templates keyed by their source text, least recently used evicted past `capacity`:
 * compiling costs far more than rendering, and the sources (the defaults, a few overrides per municipality)
 * change rarely. An override that changes is a new source, so it gets its own function; the old one ages out.
 */
export class CompiledTemplates {
  private readonly cache: LRUCache<string, CompiledTemplate>;

  constructor(capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1)
      throw new RangeError('capacity must be a positive integer');
    this.cache = new LRUCache({ max: capacity });
  }

  get size(): number {
    return this.cache.size;
  }

  /** The compiled function of a source (Handlebars compiles lazily: a syntax error surfaces at the first call). */
  of(source: string): CompiledTemplate {
    const hit = this.cache.get(source);
    if (hit) return hit;
    const compiled: CompiledTemplate = Handlebars.compile(source, OPTIONS);
    this.cache.set(source, compiled);
    return compiled;
  }
}

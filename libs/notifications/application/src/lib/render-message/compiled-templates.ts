import Handlebars from 'handlebars';

/** Strict variables (a missing one is an error, never an empty hole); plain text, so nothing is HTML-escaped. */
const OPTIONS = { strict: true, noEscape: true } as const;

export type CompiledTemplate = (variables: object) => string;

/**
 * Compiled Handlebars templates keyed by their source text, least recently used evicted past `capacity`:
 * compiling costs far more than rendering, and the sources (the defaults, a few overrides per municipality)
 * change rarely. An override that changes is a new source, so it gets its own function; the old one ages out.
 */
export class CompiledTemplates {
  private readonly cache = new Map<string, CompiledTemplate>();

  constructor(private readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1)
      throw new RangeError('capacity must be a positive integer');
  }

  get size(): number {
    return this.cache.size;
  }

  /** The compiled function of a source (Handlebars compiles lazily: a syntax error surfaces at the first call). */
  of(source: string): CompiledTemplate {
    const hit = this.cache.get(source);
    if (hit) {
      // Map keeps insertion order: re-inserting marks it the most recently used.
      this.cache.delete(source);
      this.cache.set(source, hit);
      return hit;
    }
    const compiled: CompiledTemplate = Handlebars.compile(source, OPTIONS);
    this.cache.set(source, compiled);
    if (this.cache.size > this.capacity) this.cache.delete(this.cache.keys().next().value as string);
    return compiled;
  }
}

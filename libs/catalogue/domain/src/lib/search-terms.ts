/** A synonym rule from reference data: a query containing a `when` phrase also searches `alsoSearch`. */
export interface SynonymRule {
  when: string[];
  alsoSearch: string[];
}

/** Lowercase, no accents, apostrophes and punctuation as spaces, single spaces. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export interface SearchTerms {
  /** The normalized query (for trigram similarity). */
  text: string;
  /** The query's own words. */
  words: string[];
  /** Phrases added by synonym rules, each a list of words. */
  expansions: string[][];
}

const words = (s: string) => s.split(' ').filter((w) => w.length > 0);

/** Splits a citizen's query into words and the synonym expansions it triggers (whole words only). */
export function buildSearchTerms(query: string, rules: SynonymRule[]): SearchTerms {
  const text = normalizeText(query);
  const padded = ` ${text} `;
  const expansions: string[][] = [];
  const seen = new Set<string>();
  for (const rule of rules) {
    if (!rule.when.some((w) => padded.includes(` ${normalizeText(w)} `))) continue;
    for (const phrase of rule.alsoSearch) {
      const n = normalizeText(phrase);
      if (n && !seen.has(n)) {
        seen.add(n);
        expansions.push(words(n));
      }
    }
  }
  return { text, words: words(text), expansions };
}

/** A tsvector weight label: the card document is title A, keywords B, summary C (migration 1764180000100). */
export type TsWeight = 'A' | 'B' | 'C';

/**
 * A PostgreSQL to_tsquery string: every alternative (the query's words, each expansion) ANDs its words, the
 * alternatives are ORed (in `any` mode the query's own words are ORed too); the query's last word is a prefix
 * (people are still typing). With `weight`, every word matches only that part of the document (`word:A`: the
 * title). Words contain only [a-z0-9], so the string is safe to pass as a parameter.
 */
export function toTsQuery(terms: SearchTerms, mode: 'all' | 'any', weight?: TsWeight): string {
  const w = weight ?? '';
  const last = terms.words.length - 1;
  const own = terms.words.map((word, i) => (i === last ? `${word}:*${w}` : w ? `${word}:${w}` : word));
  const ownPart = own.join(mode === 'all' ? ' & ' : ' | ');
  const expansions = terms.expansions.map((e) => e.map((word) => (w ? `${word}:${w}` : word)).join(' & '));
  return [ownPart, ...expansions]
    .filter((p) => p.length > 0)
    .map((p) => `(${p})`)
    .join(' | ');
}

/** The terms without their synonym expansions: only what the citizen typed. */
export function typedOnly(terms: SearchTerms): SearchTerms {
  return { ...terms, expansions: [] };
}

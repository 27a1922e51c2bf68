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

/**
 * A PostgreSQL to_tsquery string: every alternative (the query's words, each expansion) ANDs its words,
 * the alternatives are ORed; the query's last word is a prefix (people are still typing). Words contain
 * only [a-z0-9], so the string is safe to pass as a parameter.
 */
export function toTsQuery(terms: SearchTerms, mode: 'all' | 'any'): string {
  const own = terms.words.map((w, i) => (i === terms.words.length - 1 ? `${w}:*` : w));
  const ownPart = own.length ? (mode === 'all' ? own.join(' & ') : own.join(' | ')) : '';
  const parts = [ownPart, ...terms.expansions.map((e) => e.join(' & '))].filter((p) => p.length > 0);
  return parts.map((p) => `(${p})`).join(' | ');
}

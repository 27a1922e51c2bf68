import { buildSearchTerms, normalizeText, SynonymRule, toTsQuery, typedOnly } from './search-terms';

const rules: SynonymRule[] = [
  { when: ["carta d'identità", 'cie'], alsoSearch: ['carta identita elettronica'] },
  { when: ['multa'], alsoSearch: ['sanzioni codice della strada'] },
];

describe('search terms', () => {
  it('normalizes accents, case, apostrophes and punctuation', () => {
    expect(normalizeText("  Carta d'Identità, CIE! ")).toBe('carta d identita cie');
  });

  it('expands synonyms on whole words only', () => {
    expect(buildSearchTerms('CIE scaduta', rules).expansions).toEqual([['carta', 'identita', 'elettronica']]);
    expect(buildSearchTerms('ciecare', rules).expansions).toEqual([]);
    expect(buildSearchTerms('ho preso una multa', rules).expansions).toEqual([
      ['sanzioni', 'codice', 'della', 'strada'],
    ]);
  });

  it('builds a safe tsquery: words AND (or OR), last word as prefix, expansions ORed', () => {
    const terms = buildSearchTerms("carta d'ident", rules);
    expect(toTsQuery(terms, 'all')).toBe('(carta & d & ident:*)');
    expect(toTsQuery(terms, 'any')).toBe('(carta | d | ident:*)');
    expect(toTsQuery(buildSearchTerms('cie', rules), 'all')).toBe(
      '(cie:*) | (carta & identita & elettronica)',
    );
    expect(toTsQuery(buildSearchTerms("'); DROP TABLE x; --", []), 'all')).toBe('(drop & table & x:*)');
  });

  it('restricts every word to one part of the document, and can leave the synonyms out', () => {
    const terms = buildSearchTerms('cie rinn', rules);
    expect(toTsQuery(terms, 'all', 'A')).toBe('(cie:A & rinn:*A) | (carta:A & identita:A & elettronica:A)');
    expect(toTsQuery(typedOnly(terms), 'all')).toBe('(cie & rinn:*)');
    expect(toTsQuery(typedOnly(buildSearchTerms('', rules)), 'all')).toBe('');
  });
});

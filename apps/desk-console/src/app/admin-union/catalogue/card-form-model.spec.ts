import { describe, expect, it } from 'vitest';
import { cardToForm, emptyCardForm, formToBody, validateCard } from './card-form-model';

describe('card form model', () => {
  it('refuses a new card without slug, title, summary, category or a duration in 5..240', () => {
    const v = { ...emptyCardForm(), slug: 'Not A Slug', durationMinutes: '300' };
    expect(validateCard(v, true)).toEqual(['slug', 'title', 'summary', 'category', 'durationMinutes']);
    expect(validateCard(v, false)).not.toContain('slug');
  });

  it('sends trimmed texts, lists split, and leaves empty sections out', () => {
    const v = emptyCardForm();
    Object.assign(v, { slug: ' tessera-x ', title: ' T ', summary: 'S', category: 'c', keywords: 'a, b,, ' });
    v.sections.whoFor = '  Residenti ';
    v.sections.whatYouNeed = 'Documento\n\n Foto ';
    expect(formToBody(v)).toEqual({
      slug: 'tessera-x',
      title: 'T',
      summary: 'S',
      category: 'c',
      lifeEvents: [],
      keywords: ['a', 'b'],
      bookable: true,
      walkIn: false,
      durationMinutes: 20,
      sections: { whoFor: 'Residenti', whatYouNeed: ['Documento', 'Foto'] },
    });
  });

  it('round-trips a card through the form', () => {
    const card = {
      slug: 's',
      version: 2,
      status: 'draft' as const,
      title: 'T',
      summary: 'S',
      category: 'c',
      lifeEvents: ['e'],
      keywords: ['k1', 'k2'],
      bookable: false,
      walkIn: true,
      durationMinutes: 15,
      sections: { cost: 'Gratis', whatYouNeed: ['A', 'B'] },
      offerings: [],
    };
    const body = formToBody(cardToForm(card));
    expect(body).toMatchObject({ keywords: ['k1', 'k2'], walkIn: true, durationMinutes: 15 });
    expect(body.sections).toEqual({ cost: 'Gratis', whatYouNeed: ['A', 'B'] });
  });
});

import { SLUG_PATTERN } from '../shared/union-paths';
import type { CreateService, ServiceCard } from './catalogue-api';

export const TEXT_SECTIONS = [
  'whoFor',
  'howTo',
  'howToAccess',
  'whatYouGet',
  'timeAndDeadlines',
  'cost',
  'specialCases',
  'contacts',
] as const;
export type TextSection = (typeof TEXT_SECTIONS)[number];

/** What the card form holds: text as typed (lists as lines or commas) until it is sent. */
export interface CardFormValues {
  slug: string;
  title: string;
  summary: string;
  category: string;
  lifeEvents: string[];
  keywords: string;
  bookable: boolean;
  walkIn: boolean;
  durationMinutes: string;
  sections: Record<TextSection, string> & { whatYouNeed: string };
}

export type CardFormErrors = Partial<
  Record<'slug' | 'title' | 'summary' | 'category' | 'durationMinutes', string>
>;

export const emptyCardForm = (): CardFormValues => ({
  slug: '',
  title: '',
  summary: '',
  category: '',
  lifeEvents: [],
  keywords: '',
  bookable: true,
  walkIn: false,
  durationMinutes: '20',
  sections: {
    whoFor: '',
    howTo: '',
    howToAccess: '',
    whatYouGet: '',
    timeAndDeadlines: '',
    cost: '',
    specialCases: '',
    contacts: '',
    whatYouNeed: '',
  },
});

export function cardToForm(card: ServiceCard): CardFormValues {
  const empty = emptyCardForm();
  const sections = { ...empty.sections };
  for (const key of TEXT_SECTIONS) sections[key] = card.sections[key] ?? '';
  sections.whatYouNeed = (card.sections.whatYouNeed ?? []).join('\n');
  return {
    slug: card.slug,
    title: card.title,
    summary: card.summary,
    category: card.category,
    lifeEvents: [...card.lifeEvents],
    keywords: card.keywords.join(', '),
    bookable: card.bookable,
    walkIn: card.walkIn,
    durationMinutes: String(card.durationMinutes),
    sections,
  };
}

/** The keys of the field errors (the messages are the page's). */
export function validateCard(v: CardFormValues, isNew: boolean): (keyof CardFormErrors)[] {
  const wrong: (keyof CardFormErrors)[] = [];
  if (isNew && !SLUG_PATTERN.test(v.slug.trim())) wrong.push('slug');
  if (!v.title.trim()) wrong.push('title');
  if (!v.summary.trim()) wrong.push('summary');
  if (!v.category) wrong.push('category');
  const minutes = Number(v.durationMinutes);
  if (!Number.isInteger(minutes) || minutes < 5 || minutes > 240) wrong.push('durationMinutes');
  return wrong;
}

/** The request body: trimmed texts, empty sections left out, lists split. */
export function formToBody(v: CardFormValues): CreateService {
  const sections: CreateService['sections'] = {};
  for (const key of TEXT_SECTIONS) {
    const text = v.sections[key].trim();
    if (text) sections[key] = text;
  }
  const needs = v.sections.whatYouNeed
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  if (needs.length) sections.whatYouNeed = needs;
  return {
    slug: v.slug.trim(),
    title: v.title.trim(),
    summary: v.summary.trim(),
    category: v.category,
    lifeEvents: v.lifeEvents,
    keywords: v.keywords
      .split(',')
      .map((k) => k.trim())
      .filter(Boolean),
    bookable: v.bookable,
    walkIn: v.walkIn,
    durationMinutes: Number(v.durationMinutes),
    sections,
  };
}

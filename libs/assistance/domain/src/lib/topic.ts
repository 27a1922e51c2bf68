/** One thing a citizen must bring or have for a topic. `onlyIf: 'minor'` applies to minors only. */
export interface Prerequisite {
  id: string;
  label: string;
  onlyIf?: 'minor';
}

/** A Digitale Facile topic as configured for one municipality (seed defaults plus per-tenant overrides). */
export interface Topic {
  id: string;
  title: { it: string; en: string };
  procedure?: string;
  durationMinutes: number;
  minAge?: number;
  prerequisites: Prerequisite[];
  notes?: string;
}

export const FACILITATION_VOCABULARY = {
  activityType: ['individual-facilitation', 'in-person-training', 'online-training'],
  ageBand: ['under-30', '30-54', '55-74', '75-plus'],
  gender: ['female', 'male', 'other', 'not-stated'],
  education: ['primary', 'lower-secondary', 'upper-secondary', 'degree', 'not-stated'],
  employment: ['employee', 'self-employed', 'unemployed-or-not-working', 'retired', 'student', 'not-stated'],
  serviceArea: [
    'health-fse',
    'employment',
    'welfare-pensions',
    'digital-payments',
    'app-io',
    'anpr-registry',
    'education',
    'digital-identity',
    'other',
  ],
} as const;

type Vocab = typeof FACILITATION_VOCABULARY;

/** The anonymised attributes of one facilitation (regional and PNRR monitoring): no personal data. */
export interface Facilitation {
  activityType: Vocab['activityType'][number];
  ageBand: Vocab['ageBand'][number];
  gender: Vocab['gender'][number];
  education: Vocab['education'][number];
  employment: Vocab['employment'][number];
  serviceArea: Vocab['serviceArea'][number];
}

export const REPORT_DIMENSIONS = [
  'month',
  'tenant',
  'topic',
  'serviceArea',
  'ageBand',
  'gender',
  'activityType',
] as const;
export type ReportDimension = (typeof REPORT_DIMENSIONS)[number];

/** The languages of every web front end: Italian first (the default), then English. */
export const LANGUAGES = [
  { code: 'it', name: 'Italiano', short: 'ITA', locale: 'it-IT' },
  // British conventions (day before month, 24-hour clock) are the ones a visitor to Italy expects
  { code: 'en', name: 'English', short: 'ENG', locale: 'en-GB' },
] as const;

export type Language = (typeof LANGUAGES)[number]['code'];

export const DEFAULT_LANGUAGE: Language = 'it';

/** The Intl locale of a language code (unknown codes are passed through as they are). */
export function localeOf(language: string): string {
  return LANGUAGES.find((l) => l.code === language)?.locale ?? language;
}

export function isLanguage(value: unknown): value is Language {
  return LANGUAGES.some((l) => l.code === value);
}

/** Where a visitor's explicit choice is kept between visits (no cookie: nothing is sent to the server). */
export const LANGUAGE_STORAGE_KEY = 'facile.language';

/** The visitor's stored choice, or Italian: the public sector's sites speak Italian unless asked otherwise. */
export function initialLanguage(storage: Pick<Storage, 'getItem'> | undefined): Language {
  try {
    const stored = storage?.getItem(LANGUAGE_STORAGE_KEY);
    return isLanguage(stored) ? stored : DEFAULT_LANGUAGE;
  } catch {
    return DEFAULT_LANGUAGE; // storage refused (private mode, sandboxed frame)
  }
}

import i18next, { type i18n as I18n, type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';
import {
  DEFAULT_LANGUAGE,
  initialLanguage,
  LANGUAGE_STORAGE_KEY,
  LANGUAGES,
  type Language,
} from './languages';
import type { ResourceBundle } from './resources/bundles';
import { formatDate, formatDateTime, formatTime } from './time-zone';

export interface I18nOptions {
  /** The front end's texts: `citizenResources` or `deskResources` (each app bundles only its own). */
  bundle: ResourceBundle;
  /** Start in this language instead of the stored choice (tests, embeds). */
  language?: Language;
  /** Where the visitor's choice is kept; `localStorage` by default. */
  storage?: Pick<Storage, 'getItem' | 'setItem'>;
  /** The document whose `<html lang>` follows the language; the current one by default. */
  document?: Document;
}

function browserStorage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

/**
 * One i18next instance for a front end: Italian by default, English on request, resources bundled (no
 * request, no flash of keys), `<html lang>` kept equal to the language shown, and the `date`, `time` and
 * `datetime` interpolation formats always in Europe/Rome.
 */
export function createI18n(options: I18nOptions): I18n {
  const storage = options.storage ?? browserStorage();
  const doc = options.document ?? (typeof document === 'undefined' ? undefined : document);
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources: options.bundle.resources as Resource,
    lng: options.language ?? initialLanguage(storage),
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: LANGUAGES.map((l) => l.code),
    ns: [...options.bundle.namespaces],
    defaultNS: 'common',
    interpolation: { escapeValue: false }, // React escapes what it renders
    initAsync: false,
  });
  const formatter = instance.services.formatter;
  formatter?.add('date', (value: Date | string | number, lng) => formatDate(value, lng ?? DEFAULT_LANGUAGE));
  formatter?.add('time', (value: Date | string | number, lng) => formatTime(value, lng ?? DEFAULT_LANGUAGE));
  formatter?.add('datetime', (value: Date | string | number, lng, opts: Intl.DateTimeFormatOptions) =>
    formatDateTime(value, lng ?? DEFAULT_LANGUAGE, opts),
  );
  const syncDocument = (lng: string) => {
    if (doc) doc.documentElement.lang = lng;
  };
  syncDocument(instance.language);
  instance.on('languageChanged', (lng: string) => {
    syncDocument(lng);
    try {
      storage?.setItem(LANGUAGE_STORAGE_KEY, lng);
    } catch {
      // storage refused: the choice lasts as long as the page
    }
  });
  return instance;
}

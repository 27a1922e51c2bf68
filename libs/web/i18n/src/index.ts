import './lib/i18next-types';

export { createI18n, type I18nOptions } from './lib/create-i18n';
export { citizenResources, deskResources, type ResourceBundle } from './lib/resources/bundles';
export {
  DEFAULT_LANGUAGE,
  LANGUAGES,
  LANGUAGE_STORAGE_KEY,
  initialLanguage,
  isLanguage,
  localeOf,
  type Language,
} from './lib/languages';
export { TIME_ZONE, formatDate, formatDateTime, formatTime } from './lib/time-zone';
export { useDateFormat, useLanguage } from './lib/use-language';

import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_LANGUAGE, isLanguage, LANGUAGES, type Language } from './languages';
import { formatDate, formatDateTime, formatTime } from './time-zone';

/** The language shown, and the way to change it (the switch in the header uses this). */
export function useLanguage() {
  const { i18n } = useTranslation();
  const language: Language = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : DEFAULT_LANGUAGE;
  const setLanguage = useCallback(async (next: Language) => void (await i18n.changeLanguage(next)), [i18n]);
  return { language, setLanguage, languages: LANGUAGES };
}

/** Date and time formatting in the language shown, always in Europe/Rome. */
export function useDateFormat() {
  const { language } = useLanguage();
  return useMemo(
    () => ({
      date: (value: Date | string | number) => formatDate(value, language),
      time: (value: Date | string | number) => formatTime(value, language),
      dateTime: (value: Date | string | number, options?: Intl.DateTimeFormatOptions) =>
        formatDateTime(value, language, options),
    }),
    [language],
  );
}

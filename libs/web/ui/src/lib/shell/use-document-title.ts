import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** "<page> · Sportello FACILE Territoriale" in the language shown: the first thing a screen reader reads. */
export function useDocumentTitle(page: string): void {
  const { t } = useTranslation();
  const title = t('documentTitle', { page });
  useEffect(() => {
    document.title = title;
  }, [title]);
}

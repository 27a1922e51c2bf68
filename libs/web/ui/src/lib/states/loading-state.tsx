import { Spinner } from 'design-react-kit';
import { useTranslation } from 'react-i18next';

/** A polite live region: screen readers say "Caricamento in corso…" once, without interrupting. */
export function LoadingState() {
  const { t } = useTranslation();
  return (
    <div role="status" className="d-flex align-items-center gap-3 my-4">
      <span aria-hidden="true">
        <Spinner active small label="" />
      </span>
      <span>{t('states.loading')}</span>
    </div>
  );
}

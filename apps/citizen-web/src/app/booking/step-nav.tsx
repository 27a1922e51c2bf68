import { useTranslation } from 'react-i18next';

/** Back and Next, as Bootstrap Italia's stepper navigation lays them out. */
export function StepNav({
  onBack,
  nextLabel,
  nextDisabled,
  onNext,
}: {
  onBack?: () => void;
  nextLabel?: string;
  nextDisabled?: boolean;
  onNext?: () => void;
}) {
  const { t } = useTranslation('booking');
  return (
    <nav className="steppers-nav d-flex justify-content-between gap-2 mt-4" aria-label={t('title')}>
      {onBack ? (
        <button type="button" className="btn btn-outline-primary steppers-btn-prev" onClick={onBack}>
          {t('back')}
        </button>
      ) : (
        <span />
      )}
      <button
        type={onNext ? 'button' : 'submit'}
        className="btn btn-primary steppers-btn-confirm"
        aria-disabled={nextDisabled || undefined}
        onClick={onNext}
      >
        {nextLabel ?? t('next')}
      </button>
    </nav>
  );
}

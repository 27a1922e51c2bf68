import { useTranslation } from 'react-i18next';
import { STEP_COUNT, type Step } from './state/booking-draft';

const KEYS = ['place', 'slot', 'details', 'applicant', 'summary'] as const;

/** Bootstrap Italia's stepper header: the five steps, the current one marked, and "n/5". */
export function Stepper({ step }: { step: Step }) {
  const { t } = useTranslation('booking');
  return (
    <div className="steppers">
      <div className="steppers-header">
        <ol className="list-unstyled d-flex mb-0" aria-label={t('stepOf', { step, total: STEP_COUNT })}>
          {KEYS.map((key, i) => {
            const n = i + 1;
            const state = n < step ? 'confirmed' : n === step ? 'active' : '';
            return (
              <li key={key} className={state} aria-current={n === step ? 'step' : undefined}>
                {t(`steps.${key}`)}
                {state && (
                  <span className="visually-hidden"> ({n < step ? t('stepDone') : t('stepCurrent')})</span>
                )}
              </li>
            );
          })}
        </ol>
        <span className="steppers-index" aria-hidden="true">
          {Math.min(step, STEP_COUNT)}/{STEP_COUNT}
        </span>
      </div>
    </div>
  );
}

export const stepTitleKey = (step: Step) =>
  `steps.${KEYS[Math.min(step, STEP_COUNT) - 1] ?? 'place'}` as const;

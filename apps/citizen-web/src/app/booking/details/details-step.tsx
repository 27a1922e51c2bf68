import { useTranslation } from 'react-i18next';
import { StepHeading } from '../step-heading';
import { StepNav } from '../step-nav';
import { useBookableServices } from '../state/booking-api';
import type { BookingDraft } from '../state/booking-draft';

interface Props {
  draft: BookingDraft;
  update: (change: Partial<BookingDraft>) => void;
  onBack: () => void;
  onNext: () => void;
  onChooseAgain: () => void;
}

/** Step 3: the procedures of the visit; a second one for the same visit (one operator) may be added. */
export function DetailsStep({ draft, update, onBack, onNext, onChooseAgain }: Props) {
  const { t } = useTranslation('booking');
  const services = useBookableServices(draft.tenant);
  const title = (slug: string) => services.data?.find((s) => s.slug === slug)?.title ?? slug;
  const others = (services.data ?? []).filter((s) => s.slug !== draft.service);
  const needsNewTime = !draft.start;
  return (
    <div>
      <StepHeading focusKey={3}>{t('steps.details')}</StepHeading>
      <h3 className="h5">{t('details.services')}</h3>
      <ul>
        {[draft.service, draft.extraService].filter(Boolean).map((s) => (
          <li key={s}>{title(s)}</li>
        ))}
      </ul>
      <div className="mb-3">
        <label htmlFor="booking-extra" className="form-label">
          {t('details.addService')}
        </label>
        <select
          id="booking-extra"
          className="form-select"
          value={draft.extraService}
          onChange={(e) => update({ extraService: e.target.value, start: '', hold: null, attemptKey: '' })}
        >
          <option value="">{t('details.none')}</option>
          {others.map((s) => (
            <option key={s.slug} value={s.slug}>
              {s.title}
            </option>
          ))}
        </select>
      </div>
      <div aria-live="polite">
        {needsNewTime && (
          <div className="alert alert-info">
            <p>{t('details.addedNote')}</p>
            <button type="button" className="btn btn-primary btn-sm" onClick={onChooseAgain}>
              {t('details.chooseAgain')}
            </button>
          </div>
        )}
      </div>
      <StepNav onBack={onBack} onNext={() => (needsNewTime ? onChooseAgain() : onNext())} />
    </div>
  );
}

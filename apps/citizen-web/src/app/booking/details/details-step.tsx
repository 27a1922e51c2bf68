import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { StepHeading } from '../step-heading';
import { StepNav } from '../step-nav';
import { useBookableServices } from '../state/booking-api';
import { NOTE_MAX, noteProblem, type BookingDraft } from '../state/booking-draft';

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
  // checked when the citizen asks for the next step, then as they correct it (not on blur: the error appearing
  // under the field would move the Next button away from the pointer mid-click)
  const [noteChecked, setNoteChecked] = useState(false);
  const noteField = useRef<HTMLTextAreaElement>(null);
  const problem = noteChecked ? noteProblem(draft.note) : null;
  const next = () => {
    if (needsNewTime) return onChooseAgain();
    if (noteProblem(draft.note)) {
      setNoteChecked(true);
      noteField.current?.focus();
      return;
    }
    onNext();
  };
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
      <div className="mb-3">
        <label htmlFor="booking-note" className="form-label">
          {t('details.note')}
        </label>
        <textarea
          ref={noteField}
          id="booking-note"
          className={`form-control${problem ? ' is-invalid' : ''}`}
          rows={3}
          maxLength={NOTE_MAX + 20}
          value={draft.note}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? 'booking-note-hint booking-note-error' : 'booking-note-hint'}
          onChange={(e) => update({ note: e.target.value })}
        />
        <p id="booking-note-hint" className="form-text">
          {t('details.noteHint', { count: Math.max(0, NOTE_MAX - draft.note.trim().length), max: NOTE_MAX })}
        </p>
        {problem && (
          <p id="booking-note-error" className="invalid-feedback d-block" role="alert">
            {t(problem === 'tooLong' ? 'details.noteTooLong' : 'details.noteCredential', { max: NOTE_MAX })}
          </p>
        )}
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
      <StepNav onBack={onBack} onNext={next} />
    </div>
  );
}

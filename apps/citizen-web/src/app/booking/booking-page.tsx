import { useDateFormat } from '@facile/web/i18n';
import { useDocumentTitle } from '@facile/web/ui';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ApplicantStep } from './applicant/applicant-step';
import { ConfirmationView } from './confirmation/confirmation-view';
import { DetailsStep } from './details/details-step';
import { PlaceStep } from './place/place-step';
import { SlotStep } from './slot/slot-step';
import { useExpired, useHoldKeeper } from './slot/use-hold';
import { useBookingDraft, type Step } from './state/booking-draft';
import { Stepper } from './stepper';
import { SummaryStep } from './summary/summary-step';

/**
 * Prenota appuntamento (`/prenota?servizio=<slug>&comune=<tenant>`): five steps and the confirmation, the whole
 * form in sessionStorage so that an error or a reload loses nothing.
 */
export function BookingPage() {
  const { t } = useTranslation('booking');
  const [params] = useSearchParams();
  const { draft, update, reset } = useBookingDraft();
  const [takenNotice, setTakenNotice] = useState(false);
  const fmt = useDateFormat();
  useDocumentTitle(t('title'));
  useHoldKeeper(
    draft.hold,
    draft.booking !== null,
    useCallback(
      (holdId: string, expiresAt: string) =>
        update((d) => (d.hold?.holdId === holdId ? { hold: { ...d.hold, expiresAt } } : {})),
      [update],
    ),
  );
  const holdLive = draft.hold && draft.hold.start === draft.start ? draft.hold : null;
  const holdExpired = useExpired(holdLive?.expiresAt);

  // coming from a card: the procedure and municipality it names (a new booking when they differ)
  const service = params.get('servizio') ?? '';
  const tenant = params.get('comune') ?? '';
  // from the assistance checklist: the case the appointment is for (a plausible code only; the API checks it)
  const pratica = params.get('pratica') ?? '';
  const caseCode = /^[A-Za-z0-9-]{1,40}$/.test(pratica) ? pratica : '';
  useEffect(() => {
    if (!service && !tenant) return;
    if (draft.service === service && draft.tenant === tenant && draft.step !== 6) {
      if (caseCode && draft.caseCode !== caseCode) update({ caseCode });
      return;
    }
    if (draft.step === 6 && draft.service === service && draft.tenant === tenant) return;
    reset({ service, tenant, caseCode });
  }, [service, tenant, caseCode]);

  const goTo = (step: Step) => {
    setTakenNotice(false);
    update({ step });
  };

  return (
    <div className="container py-4">
      <h1>{t('title')}</h1>
      {draft.step < 6 && (
        <>
          <p className="lead">{t('intro')}</p>
          <Stepper step={draft.step} />
          {draft.step > 2 && holdLive && !holdExpired && (
            <p className="small text-secondary" data-testid="hold-expiry-later">
              {t('slot.held', { time: fmt.time(holdLive.expiresAt) })}
            </p>
          )}
        </>
      )}
      <div className="steppers-content">
        {draft.step === 1 && <PlaceStep draft={draft} update={update} onNext={() => goTo(2)} />}
        {draft.step === 2 && (
          <SlotStep
            draft={draft}
            update={update}
            onBack={() => goTo(1)}
            onNext={() => goTo(3)}
            takenNotice={takenNotice}
          />
        )}
        {draft.step === 3 && (
          <DetailsStep
            draft={draft}
            update={update}
            onBack={() => goTo(2)}
            onNext={() => goTo(4)}
            onChooseAgain={() => goTo(2)}
          />
        )}
        {draft.step === 4 && (
          <ApplicantStep draft={draft} update={update} onBack={() => goTo(3)} onNext={() => goTo(5)} />
        )}
        {draft.step === 5 && (
          <SummaryStep
            draft={draft}
            update={update}
            goTo={goTo}
            onTaken={() => {
              update({ step: 2, hold: null, attemptKey: '' });
              setTakenNotice(true);
            }}
            onBooked={(booking) => update({ booking, step: 6, hold: null, attemptKey: '' })}
          />
        )}
        {draft.step === 6 && draft.booking && (
          <ConfirmationView booking={draft.booking} applicant={draft.applicant} onAgain={() => reset()} />
        )}
      </div>
    </div>
  );
}

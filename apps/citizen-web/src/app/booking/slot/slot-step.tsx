import { useDateFormat } from '@facile/web/i18n';
import { problemMessage } from '@facile/web/ui';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { StepHeading } from '../step-heading';
import { StepNav } from '../step-nav';
import { useAvailability, type Slot } from '../state/booking-api';
import { dayOf, monthOf, monthRange, visitServices, type BookingDraft } from '../state/booking-draft';
import { failureKind } from '../state/problems';
import { SlotPicker, slotLabel } from './slot-picker';
import { useCreateHold, useExpired } from './use-hold';

interface Props {
  draft: BookingDraft;
  update: (change: Partial<BookingDraft>) => void;
  onBack: () => void;
  onNext: () => void;
  /** Told by the summary that the slot was taken meanwhile. */
  takenNotice?: boolean;
}

/** Step 2: the month, the day and a free time; choosing one holds it, and the hold's expiry is shown. */
export function SlotStep({ draft, update, onBack, onNext, takenNotice = false }: Props) {
  const { t } = useTranslation('booking');
  const { t: tc } = useTranslation();
  const fmt = useDateFormat();
  const queryClient = useQueryClient();
  const services = visitServices(draft);
  const hold = useCreateHold();
  const [day, setDay] = useState(draft.start ? dayOf(draft.start) : '');
  const [taken, setTaken] = useState<string[]>(takenNotice && draft.start ? [draft.start] : []);
  const [error, setError] = useState('');
  const currentHold =
    draft.hold && draft.hold.start === draft.start && draft.hold.services === services.join(',')
      ? draft.hold
      : null;
  const expired = useExpired(currentHold?.expiresAt);
  useEffect(() => {
    // the summary found the slot taken: it is no longer the choice
    if (takenNotice) update({ start: '', hold: null });
  }, [takenNotice, update]);
  const month = draft.month || monthOf(new Date());
  const range = monthRange(month, dayOf(new Date()));
  const list = useAvailability({ tenant: draft.tenant, services, site: draft.site, ...range });
  const lastTaken = taken[taken.length - 1];
  const nextFree = lastTaken
    ? (list.data ?? []).filter((s) => s.start > lastTaken && !taken.includes(s.start)).slice(0, 3)
    : [];

  const choose = (slot: Slot) => {
    setError('');
    update({ start: slot.start, hold: null, attemptKey: '' });
    setDay(dayOf(slot.start));
    hold.mutate(
      { tenant: draft.tenant, site: draft.site, start: slot.start, services },
      {
        onSuccess: (h) => {
          setTaken((x) => x.filter((s) => s !== slot.start));
          update({ hold: { ...h, start: slot.start, site: draft.site, services: services.join(',') } });
        },
        onError: (e) => {
          if (failureKind(e) === 'taken') {
            setTaken((x) => [...x, slot.start]);
            update({ start: '' });
            void queryClient.invalidateQueries({ queryKey: ['scheduling', 'availability'] });
          } else setError(`${t('slot.holdFailed')} ${problemMessage(e, tc)}`);
        },
      },
    );
  };

  const next = () => {
    if (!draft.start || hold.isPending) return setError(t('slot.chooseSlot'));
    setError('');
    onNext();
  };

  return (
    <div>
      <StepHeading focusKey={2}>{t('steps.slot')}</StepHeading>
      <div aria-live="assertive">
        {lastTaken && (
          <div className="alert alert-warning" role="alert">
            <p>{t('slot.taken')}</p>
            {nextFree.length > 0 && (
              <>
                <p className="fw-semibold mb-1">{t('slot.nextFree')}</p>
                <ul className="list-unstyled d-flex flex-wrap gap-2 mb-0">
                  {nextFree.map((s) => (
                    <li key={s.start}>
                      <button
                        type="button"
                        className="btn btn-outline-primary btn-sm"
                        onClick={() => choose(s)}
                      >
                        {slotLabel(fmt, s.start)}
                      </button>
                    </li>
                  ))}
                </ul>
              </>
            )}
          </div>
        )}
      </div>
      <SlotPicker
        idPrefix="booking"
        tenant={draft.tenant}
        services={services}
        site={draft.site}
        month={month}
        onMonth={(m) => update({ month: m })}
        day={day}
        onDay={setDay}
        selected={draft.start}
        onSelect={choose}
        exclude={taken}
      />
      <div aria-live="polite" className="mt-3">
        {hold.isPending && <p>{t('slot.holding')}</p>}
        {currentHold && !expired && (
          <p className="alert alert-success" data-testid="hold-expiry">
            {t('slot.held', { time: fmt.time(currentHold.expiresAt) })}
          </p>
        )}
        {currentHold && expired && (
          <div className="alert alert-warning">
            <p>{t('slot.expired')}</p>
            <button
              type="button"
              className="btn btn-outline-primary btn-sm"
              onClick={() => choose({ start: draft.start, end: draft.start, site: draft.site, available: 1 })}
            >
              {t('slot.renew')}
            </button>
          </div>
        )}
      </div>
      <div aria-live="assertive">
        {error && (
          <p className="alert alert-danger" role="alert">
            {error}
          </p>
        )}
      </div>
      <StepNav onBack={onBack} onNext={next} />
    </div>
  );
}

import { useDateFormat } from '@facile/web/i18n';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { slotLabel } from '../slot/slot-picker';
import { StepHeading } from '../step-heading';
import { useBookableServices, useSites, type Booking } from '../state/booking-api';
import { newAttemptKey, visitServices, type BookingDraft, type Step } from '../state/booking-draft';
import { failureKind, problemDetail, retryMinutes, type FailureKind } from '../state/problems';
import { useCreateBooking } from './use-create-booking';

interface Props {
  draft: BookingDraft;
  update: (change: Partial<BookingDraft> | ((d: BookingDraft) => Partial<BookingDraft>)) => void;
  goTo: (step: Step) => void;
  onTaken: () => void;
  onBooked: (booking: Booking) => void;
}

/** Step 5: everything chosen, the privacy notice, and the one button that books (once, whatever the clicks). */
export function SummaryStep({ draft, update, goTo, onTaken, onBooked }: Props) {
  const { t } = useTranslation('booking');
  const fmt = useDateFormat();
  const services = useBookableServices(draft.tenant);
  const sites = useSites(draft.tenant, draft.service);
  const create = useCreateBooking();
  const [failure, setFailure] = useState<{ kind: FailureKind; error: unknown } | null>(null);
  const [privacyError, setPrivacyError] = useState(false);
  const inFlight = useRef(false);
  const site = sites.data?.find((s) => s.id === draft.site);
  const a = draft.applicant;
  const title = (slug: string) => services.data?.find((s) => s.slug === slug)?.title ?? slug;

  const send = () => {
    if (!draft.privacy) {
      setPrivacyError(true);
      document.getElementById('booking-privacy')?.focus();
      return;
    }
    if (inFlight.current) return;
    inFlight.current = true;
    setFailure(null);
    // one key per attempt: kept in the draft, so a retry after a lost answer (or a reload) replays it
    const key = draft.attemptKey || newAttemptKey();
    if (!draft.attemptKey) update({ attemptKey: key });
    const list = visitServices(draft);
    const holdLive =
      draft.hold && draft.hold.start === draft.start && new Date(draft.hold.expiresAt) > new Date();
    create.mutate(
      {
        key,
        body: {
          tenant: draft.tenant,
          site: draft.site,
          start: draft.start,
          ...(list.length > 1 ? { services: list } : { service: list[0] }),
          ...(holdLive && draft.hold ? { holdId: draft.hold.holdId } : {}),
          ...(draft.caseCode ? { caseCode: draft.caseCode } : {}),
          ...(draft.note.trim() ? { note: draft.note.trim() } : {}),
          citizen: {
            firstName: a.firstName.trim(),
            lastName: a.lastName.trim(),
            fiscalCode: a.fiscalCode.replace(/\s/g, '').toUpperCase(),
            ...(a.email.trim() ? { email: a.email.trim() } : {}),
            ...(a.phone.trim() ? { phone: a.phone.trim() } : {}),
            locale: a.locale,
          },
        },
      },
      {
        onSuccess: (booking) => {
          inFlight.current = false;
          onBooked(booking);
        },
        onError: (error) => {
          inFlight.current = false;
          const kind = failureKind(error);
          // a refusal ends this attempt: the next send is a new one; a lost answer keeps the key
          if (kind !== 'network') update({ attemptKey: '' });
          setFailure({ kind, error });
        },
      },
    );
  };

  const busy = create.isPending;
  return (
    <div>
      <StepHeading focusKey={5}>{t('steps.summary')}</StepHeading>
      <dl className="row">
        <dt className="col-sm-3">{t('summary.where')}</dt>
        <dd className="col-sm-9">
          {site ? `${site.name}${site.address ? `, ${site.address}` : ''}` : draft.site}{' '}
          <button type="button" className="btn btn-link btn-sm p-0" onClick={() => goTo(1)}>
            {t('summary.edit')} <span className="visually-hidden">{t('summary.where')}</span>
          </button>
        </dd>
        <dt className="col-sm-3">{t('summary.when')}</dt>
        <dd className="col-sm-9">
          {draft.start && slotLabel(fmt, draft.start)}{' '}
          <button type="button" className="btn btn-link btn-sm p-0" onClick={() => goTo(2)}>
            {t('summary.edit')} <span className="visually-hidden">{t('summary.when')}</span>
          </button>
        </dd>
        <dt className="col-sm-3">{t('summary.what')}</dt>
        <dd className="col-sm-9">{visitServices(draft).map(title).join(', ')}</dd>
        {draft.note.trim() && (
          <>
            <dt className="col-sm-3">{t('summary.note')}</dt>
            <dd className="col-sm-9">
              {draft.note.trim()}{' '}
              <button type="button" className="btn btn-link btn-sm p-0" onClick={() => goTo(3)}>
                {t('summary.edit')} <span className="visually-hidden">{t('summary.note')}</span>
              </button>
            </dd>
          </>
        )}
        <dt className="col-sm-3">{t('summary.who')}</dt>
        <dd className="col-sm-9">
          {a.firstName} {a.lastName}, {a.fiscalCode}{' '}
          <button type="button" className="btn btn-link btn-sm p-0" onClick={() => goTo(4)}>
            {t('summary.edit')} <span className="visually-hidden">{t('summary.who')}</span>
          </button>
        </dd>
        <dt className="col-sm-3">{t('summary.contacts')}</dt>
        <dd className="col-sm-9">{[a.email, a.phone].filter((x) => x.trim()).join(', ')}</dd>
      </dl>
      <section aria-labelledby="privacy-title" className="mb-3">
        <h3 id="privacy-title" className="h5">
          {t('summary.privacyTitle')}
        </h3>
        <p id="privacy-text">{t('summary.privacyText')}</p>
        <div className="form-check">
          <input
            id="booking-privacy"
            type="checkbox"
            className="form-check-input"
            checked={draft.privacy}
            aria-invalid={privacyError && !draft.privacy ? true : undefined}
            aria-describedby={privacyError && !draft.privacy ? 'privacy-error' : 'privacy-text'}
            onChange={(e) => {
              update({ privacy: e.target.checked });
              setPrivacyError(false);
            }}
          />
          <label htmlFor="booking-privacy" className="form-check-label">
            {t('summary.privacyAccept')}
          </label>
        </div>
        {privacyError && !draft.privacy && (
          <p id="privacy-error" className="invalid-feedback d-block" role="alert">
            {t('summary.privacyRequired')}
          </p>
        )}
      </section>
      <div aria-live="assertive">
        {failure && <Failure failure={failure} onTaken={onTaken} onRetry={send} />}
      </div>
      <nav className="steppers-nav d-flex justify-content-between gap-2 mt-4" aria-label={t('title')}>
        <button type="button" className="btn btn-outline-primary" onClick={() => goTo(4)}>
          {t('back')}
        </button>
        <button type="button" className="btn btn-primary" aria-disabled={busy || undefined} onClick={send}>
          {busy ? t('summary.sending') : t('summary.send')}
        </button>
      </nav>
    </div>
  );
}

function Failure({
  failure,
  onTaken,
  onRetry,
}: {
  failure: { kind: FailureKind; error: unknown };
  onTaken: () => void;
  onRetry: () => void;
}) {
  const { t } = useTranslation('booking');
  const { kind, error } = failure;
  return (
    <div className="alert alert-danger" role="alert">
      {kind === 'taken' && (
        <>
          <p>{t('summary.taken')}</p>
          <button type="button" className="btn btn-primary btn-sm" onClick={onTaken}>
            {t('summary.pickAnother')}
          </button>
        </>
      )}
      {kind === 'already' && <p className="mb-0">{t('summary.already')}</p>}
      {kind === 'limit' && (
        <p className="mb-0">
          {t('summary.limit')} {problemDetail(error)}
        </p>
      )}
      {kind === 'retryLater' && (
        <p className="mb-0">{t('summary.limitRetry', { minutes: retryMinutes(error) })}</p>
      )}
      {kind === 'refused' && <p className="mb-0">{t('summary.refused', { detail: problemDetail(error) })}</p>}
      {kind === 'network' && (
        <>
          <p>{t('summary.network')}</p>
          <button type="button" className="btn btn-primary btn-sm" onClick={onRetry}>
            {t('summary.retry')}
          </button>
        </>
      )}
    </div>
  );
}

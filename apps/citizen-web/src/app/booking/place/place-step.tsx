import { useTenants } from '@facile/web/api-client';
import { QueryView } from '@facile/web/ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { StepHeading } from '../step-heading';
import { StepNav } from '../step-nav';
import { useBookableServices, useSites } from '../state/booking-api';
import type { BookingDraft } from '../state/booking-draft';
import { OpeningHours } from './opening-hours';

interface Props {
  draft: BookingDraft;
  update: (change: Partial<BookingDraft>) => void;
  onNext: () => void;
}

/** Step 1: the municipality and procedure (unless the card chose them), then every site that serves them. */
export function PlaceStep({ draft, update, onNext }: Props) {
  const { t } = useTranslation('booking');
  const tenants = useTenants();
  const services = useBookableServices(draft.tenant || undefined);
  const sites = useSites(draft.tenant || undefined, draft.service || undefined);
  const [error, setError] = useState('');

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!draft.tenant || !draft.service) return setError(t('place.chooseBoth'));
    if (!draft.site || !sites.data?.some((s) => s.id === draft.site)) return setError(t('place.chooseSite'));
    setError('');
    onNext();
  };

  return (
    <form onSubmit={submit} noValidate>
      <StepHeading focusKey={1}>{t('steps.place')}</StepHeading>
      <div className="row">
        <div className="col-md-6 mb-3">
          <label htmlFor="booking-tenant" className="form-label">
            {t('place.municipality')}
          </label>
          <select
            id="booking-tenant"
            className="form-select"
            value={draft.tenant}
            onChange={(e) =>
              update({ tenant: e.target.value, service: '', extraService: '', site: '', start: '' })
            }
          >
            <option value="">{t('place.chooseMunicipality')}</option>
            {tenants.data
              ?.filter((x) => x.kind !== 'union')
              .map((x) => (
                <option key={x.id} value={x.id}>
                  {x.name}
                </option>
              ))}
          </select>
        </div>
        <div className="col-md-6 mb-3">
          <label htmlFor="booking-service" className="form-label">
            {t('place.service')}
          </label>
          <select
            id="booking-service"
            className="form-select"
            value={draft.service}
            disabled={!draft.tenant}
            onChange={(e) => update({ service: e.target.value, extraService: '', site: '', start: '' })}
          >
            <option value="">{t('place.chooseService')}</option>
            {services.data?.map((s) => (
              <option key={s.slug} value={s.slug}>
                {s.title}
              </option>
            ))}
            {draft.service && services.data && !services.data.some((s) => s.slug === draft.service) && (
              <option value={draft.service}>{draft.service}</option>
            )}
          </select>
        </div>
      </div>
      {draft.tenant && draft.service && (
        <fieldset>
          <legend className="h4">{t('place.sites')}</legend>
          <QueryView query={sites} isEmpty={(list) => list.length === 0} emptyMessage={t('place.noSites')}>
            {(list) => (
              <div className="row">
                {list.map((site) => (
                  <div key={site.id} className="col-md-6 mb-3">
                    <div className="card card-bg h-100 p-3 border">
                      <div className="form-check">
                        <input
                          className="form-check-input"
                          type="radio"
                          name="booking-site"
                          id={`site-${site.id}`}
                          value={site.id}
                          checked={draft.site === site.id}
                          onChange={() => update({ site: site.id, start: '' })}
                          aria-describedby={`site-${site.id}-info`}
                        />
                        <label className="form-check-label fw-semibold" htmlFor={`site-${site.id}`}>
                          {site.name}
                        </label>
                      </div>
                      <div id={`site-${site.id}-info`} className="ms-2">
                        {site.address && <p className="small mb-1">{site.address}</p>}
                        <p className="small fw-semibold mb-1">{t('place.hours')}</p>
                        <OpeningHours hours={site.openingHours} />
                      </div>
                    </div>
                  </div>
                ))}
              </div>
            )}
          </QueryView>
        </fieldset>
      )}
      <div aria-live="assertive">
        {error && (
          <p className="alert alert-danger" role="alert">
            {error}
          </p>
        )}
      </div>
      <StepNav />
    </form>
  );
}

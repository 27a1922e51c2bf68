import { useAssistanceTopics, useTenants } from '@facile/web/api-client';
import { useDateFormat, useLanguage } from '@facile/web/i18n';
import { QueryView, useDocumentTitle } from '@facile/web/ui';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { Case } from './case-model';
import { useCase } from './cases-api';
import { TransitionPanel } from './transition-panel';

/** One case: the citizen's request, its checklist and history, and the moves its status allows. */
export function CasePage() {
  const { code = '' } = useParams();
  const { t } = useTranslation('cases');
  useDocumentTitle(t('detail.title', { code }));
  const query = useCase(code);
  return (
    <>
      <p className="mb-2">
        <Link to="/pratiche">{t('detail.back')}</Link>
      </p>
      <h1>{t('detail.title', { code })}</h1>
      <QueryView query={query}>{(c) => <CaseDetail value={c} />}</QueryView>
    </>
  );
}

function CaseDetail({ value: c }: { value: Case }) {
  const { t } = useTranslation('cases');
  const { language } = useLanguage();
  const { date, dateTime } = useDateFormat();
  const tenants = useTenants();
  const topics = useAssistanceTopics();
  const topic = topics.data?.find((x) => x.id === c.topic)?.title[language] ?? c.topic;
  const municipality = tenants.data?.find((x) => x.id === c.tenant)?.name ?? c.tenant;
  const actor = (by: string) =>
    by === 'citizen' ? t('detail.citizenActor') : by === 'scheduling' ? t('detail.schedulingActor') : by;
  const given = (v: string | number | undefined) => (v === undefined || v === '' ? t('detail.notGiven') : v);
  return (
    <div className="row g-4">
      <div className="col-12 col-lg-6">
        <section aria-labelledby="case-summary">
          <h2 id="case-summary" className="h4">
            {t('detail.summary')}
          </h2>
          <dl className="row mb-0" data-testid="case-summary">
            <dt className="col-sm-5">{t('detail.status')}</dt>
            <dd className="col-sm-7" data-testid="case-status">
              {t(`status.${c.status}`)}
            </dd>
            <dt className="col-sm-5">{t('detail.topic')}</dt>
            <dd className="col-sm-7">{topic}</dd>
            <dt className="col-sm-5">{t('detail.municipality')}</dt>
            <dd className="col-sm-7">{municipality}</dd>
            <dt className="col-sm-5">{t('detail.channel')}</dt>
            <dd className="col-sm-7">{t(`channel.${c.channel}`)}</dd>
            <dt className="col-sm-5">{t('detail.createdAt')}</dt>
            <dd className="col-sm-7">{dateTime(c.createdAt)}</dd>
            <dt className="col-sm-5">{t('detail.booking')}</dt>
            <dd className="col-sm-7">
              {c.bookingCode ? <code>{c.bookingCode}</code> : t('detail.noBooking')}
            </dd>
            <dt className="col-sm-5">{t('detail.noShows')}</dt>
            <dd className="col-sm-7">{c.noShows}</dd>
            {c.outcome && (
              <>
                <dt className="col-sm-5">{t('detail.outcome')}</dt>
                <dd className="col-sm-7">{t(`outcome.${c.outcome as 'information-given'}`)}</dd>
              </>
            )}
            {c.closedAt && (
              <>
                <dt className="col-sm-5">{t('detail.closedAt')}</dt>
                <dd className="col-sm-7">{date(c.closedAt)}</dd>
              </>
            )}
          </dl>
        </section>
        <section aria-labelledby="case-citizen" className="mt-4">
          <h2 id="case-citizen" className="h4">
            {t('detail.citizen')}
          </h2>
          {c.citizen ? (
            <dl className="row mb-0">
              <dt className="col-sm-5">{t('detail.name')}</dt>
              <dd className="col-sm-7">
                {c.citizen.firstName} {c.citizen.lastName}
              </dd>
              <dt className="col-sm-5">{t('detail.fiscalCode')}</dt>
              <dd className="col-sm-7">{given(c.citizen.fiscalCode)}</dd>
              <dt className="col-sm-5">{t('detail.email')}</dt>
              <dd className="col-sm-7">{given(c.citizen.email)}</dd>
              <dt className="col-sm-5">{t('detail.phone')}</dt>
              <dd className="col-sm-7">{given(c.citizen.phone)}</dd>
              <dt className="col-sm-5">{t('detail.birthYear')}</dt>
              <dd className="col-sm-7">{given(c.citizen.birthYear)}</dd>
            </dl>
          ) : (
            <p>{t('detail.purged')}</p>
          )}
        </section>
        <section aria-labelledby="case-checklist" className="mt-4">
          <h2 id="case-checklist" className="h4">
            {t('detail.checklist')}
          </h2>
          <ul data-testid="case-checklist">
            {c.checklist.map((item) => (
              <li key={item.id}>
                <strong>{item.satisfied ? t('detail.satisfied') : t('detail.missing')}:</strong> {item.label}
              </li>
            ))}
          </ul>
          {c.nextSteps.length > 0 && (
            <>
              <h3 className="h5">{t('detail.nextSteps')}</h3>
              <ul>
                {c.nextSteps.map((s) => (
                  <li key={s}>{s}</li>
                ))}
              </ul>
            </>
          )}
        </section>
      </div>
      <div className="col-12 col-lg-6">
        <TransitionPanel value={c} />
        <section aria-labelledby="case-history" className="mt-4">
          <h2 id="case-history" className="h4">
            {t('detail.history')}
          </h2>
          {c.history.length === 0 ? (
            <p>{t('detail.noHistory')}</p>
          ) : (
            <div className="table-responsive" tabIndex={0}>
              <table className="table table-sm" data-testid="case-history">
                <caption>{t('detail.historyCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('detail.at')}</th>
                    <th scope="col">{t('detail.from')}</th>
                    <th scope="col">{t('detail.to')}</th>
                    <th scope="col">{t('detail.by')}</th>
                    <th scope="col">{t('detail.note')}</th>
                  </tr>
                </thead>
                <tbody>
                  {c.history.map((h) => (
                    <tr key={`${h.at}-${h.to}`}>
                      <td>{dateTime(h.at)}</td>
                      <td>{t(`status.${h.from}`)}</td>
                      <td>{t(`status.${h.to}`)}</td>
                      <td>{actor(h.by)}</td>
                      <td>{h.note ?? ''}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      </div>
    </div>
  );
}

import { useTenants } from '@facile/web/api-client';
import { useDateFormat, useLanguage } from '@facile/web/i18n';
import { useDocumentTitle } from '@facile/web/ui';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { useSite } from '../display/use-board';
import './kiosk.css';
import { QrCode } from './qr-code';
import {
  useCategories,
  useServiceCategories,
  useTakeTicket,
  useWalkInServices,
  type Ticket,
  type WalkInService,
} from './use-kiosk';

/** Seconds the ticket stays on screen before the kiosk starts again. */
export const RESET_SECONDS = 15;

/** The citizen web's page of one ticket (apps/citizen-web ticket-paths.ts): the token stays in the fragment. */
const myNumberUrl = (site: string, day: string, ticket: Ticket) =>
  `${window.location.origin}/il-mio-numero/${encodeURIComponent(site)}/${encodeURIComponent(day)}/${encodeURIComponent(ticket.number)}#${ticket.manageToken}`;

/** The local day (YYYY-MM-DD) of an instant in the site's time zone. */
const localDay = (instant: string, timeZone: string) =>
  new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(instant),
  );

interface Taken {
  ticket: Ticket;
  ahead?: number;
  estimatedWaitMinutes?: number;
}

/** The touch-screen ticket kiosk of a waiting room: choose a service, get a number, a QR code and a receipt. */
export function KioskPage() {
  const { siteId = '' } = useParams();
  const [search] = useSearchParams();
  const { t, i18n } = useTranslation('kiosk');
  useDocumentTitle(t('title'));
  const { language, setLanguage } = useLanguage();
  const site = useSite(siteId);
  const services = useWalkInServices(siteId);
  const categoryOf = useServiceCategories();
  const categories = useCategories();
  const tenants = useTenants();
  const take = useTakeTicket(siteId);
  const [choosing, setChoosing] = useState<WalkInService | undefined>();
  const [taken, setTaken] = useState<Taken | undefined>();
  const heading = useRef<HTMLHeadingElement>(null);

  const groups = useMemo(() => {
    const byCategory = new Map<string, WalkInService[]>();
    for (const s of services.data?.items ?? []) {
      const category = categoryOf.data?.get(s.service) ?? '';
      byCategory.set(category, [...(byCategory.get(category) ?? []), s]);
    }
    const title = (id: string) =>
      categories.data?.find((c) => c.id === id)?.title[language] ?? (id || t('otherCategory'));
    return [...byCategory.entries()]
      .map(([id, items]) => ({ id: id || 'other', title: title(id), items }))
      .sort((a, b) => a.title.localeCompare(b.title, language));
  }, [services.data, categoryOf.data, categories.data, language, t]);

  const restart = () => {
    setTaken(undefined);
    setChoosing(undefined);
    take.reset();
  };

  const choose = (service: WalkInService, tenant?: string) => {
    const only = tenant ?? (service.tenants.length === 1 ? service.tenants[0] : undefined);
    if (!only) {
      setChoosing(service);
      return;
    }
    take.mutate(
      { service: service.service, tenant: only },
      {
        onSuccess: (result) => {
          setChoosing(undefined);
          setTaken(result);
        },
      },
    );
  };

  useEffect(() => heading.current?.focus(), [choosing, taken]);

  return (
    <main className="facile-kiosk container-fluid p-4" data-testid="kiosk" lang={i18n.language}>
      <div className="kiosk-screen">
        <div className="d-flex justify-content-between align-items-center mb-4 gap-3">
          <h1 className="mb-0" ref={heading} tabIndex={-1}>
            {taken
              ? t('yourNumber')
              : choosing
                ? t('chooseTenant')
                : t('heading', { site: site.data?.name ?? siteId })}
          </h1>
          <button
            type="button"
            className="btn btn-outline-primary btn-lg"
            lang={language === 'it' ? 'en' : 'it'}
            aria-label={t('languageLabel')}
            onClick={() => void setLanguage(language === 'it' ? 'en' : 'it')}
          >
            {t('language')}
          </button>
        </div>
        {take.isError && (
          <p role="alert" className="alert alert-danger">
            {t('failed')}
          </p>
        )}
        {take.isPending && (
          <p role="status" className="alert alert-info">
            {t('taking')}
          </p>
        )}
        {taken ? (
          <TicketView
            taken={taken}
            siteId={siteId}
            timeZone={site.data?.timeZone}
            onDone={restart}
            auto={search.get('print') === 'auto'}
          />
        ) : choosing ? (
          <section aria-labelledby="kiosk-tenant-intro">
            <p id="kiosk-tenant-intro">{t('chooseTenantIntro', { service: choosing.title })}</p>
            <ul className="kiosk-grid">
              {choosing.tenants.map((id) => (
                <li key={id}>
                  <button
                    type="button"
                    className="btn btn-primary kiosk-choice"
                    disabled={take.isPending}
                    onClick={() => choose(choosing, id)}
                  >
                    {tenants.data?.find((x) => x.id === id)?.name ?? id}
                  </button>
                </li>
              ))}
            </ul>
            <button type="button" className="btn btn-outline-secondary btn-lg mt-3" onClick={restart}>
              {t('back')}
            </button>
          </section>
        ) : (
          <>
            <p>{t('intro')}</p>
            {services.isPending && <p role="status">{t('loading')}</p>}
            {services.isError && (
              <p role="alert" className="alert alert-warning">
                {t('failed')}
              </p>
            )}
            {services.data?.items.length === 0 && <p className="alert alert-info">{t('none')}</p>}
            {groups.map((g) => (
              <section key={g.id} aria-labelledby={`kiosk-cat-${g.id}`} className="mb-4">
                <h2 id={`kiosk-cat-${g.id}`} className="h3">
                  {g.title}
                </h2>
                <ul className="kiosk-grid">
                  {g.items.map((s) => (
                    <li key={s.service}>
                      <button
                        type="button"
                        className="btn btn-primary kiosk-choice"
                        disabled={take.isPending}
                        onClick={() => choose(s)}
                      >
                        {s.title}
                      </button>
                    </li>
                  ))}
                </ul>
              </section>
            ))}
          </>
        )}
      </div>
      {taken && <Receipt taken={taken} siteName={site.data?.name ?? siteId} />}
    </main>
  );
}

function TicketView({
  taken,
  siteId,
  timeZone,
  onDone,
  auto,
}: {
  taken: Taken;
  siteId: string;
  timeZone?: string;
  onDone: () => void;
  auto: boolean;
}) {
  const { t } = useTranslation('kiosk');
  const [left, setLeft] = useState(RESET_SECONDS);
  const done = useRef(onDone);
  done.current = onDone;
  useEffect(() => {
    if (auto) window.print();
  }, [auto]);
  useEffect(() => {
    const timer = window.setInterval(() => setLeft((s) => s - 1), 1000);
    return () => window.clearInterval(timer);
  }, []);
  useEffect(() => {
    if (left <= 0) done.current();
  }, [left]);
  const { ticket } = taken;
  const day = localDay(ticket.issuedAt, timeZone ?? 'Europe/Rome');
  const wait = taken.estimatedWaitMinutes ?? ticket.estimatedWaitMinutes;
  return (
    <section aria-label={t('yourNumber')} className="text-center">
      <p className="kiosk-number" data-testid="kiosk-number">
        {ticket.number}
      </p>
      {taken.ahead !== undefined && <p data-testid="kiosk-ahead">{t('ahead', { count: taken.ahead })}</p>}
      <p data-testid="kiosk-wait">{t('wait', { minutes: wait })}</p>
      <div className="my-3">
        <QrCode text={myNumberUrl(siteId, day, ticket)} label={t('qrLabel', { number: ticket.number })} />
        <p>{t('qr')}</p>
      </div>
      <div className="d-flex justify-content-center gap-3">
        <button type="button" className="btn btn-outline-primary btn-lg" onClick={() => window.print()}>
          {t('print')}
        </button>
        <button type="button" className="btn btn-primary btn-lg" onClick={onDone}>
          {t('done')}
        </button>
      </div>
      <p className="mt-3" aria-live="off">
        {t('resetting', { seconds: Math.max(left, 0) })}
      </p>
    </section>
  );
}

/** What the receipt printer prints: site, date, time and number, nothing else. */
function Receipt({ taken, siteName }: { taken: Taken; siteName: string }) {
  const { t } = useTranslation('kiosk');
  const format = useDateFormat();
  const { ticket } = taken;
  return (
    <div className="kiosk-receipt" data-testid="kiosk-receipt">
      <dl>
        <dt>{t('receiptSite')}</dt>
        <dd>{siteName}</dd>
        <dt>{t('receiptDate')}</dt>
        <dd>{format.date(ticket.issuedAt)}</dd>
        <dt>{t('receiptTime')}</dt>
        <dd>{format.time(ticket.issuedAt)}</dd>
        <dt>{t('receiptNumber')}</dt>
        <dd className="kiosk-number">{ticket.number}</dd>
      </dl>
    </div>
  );
}

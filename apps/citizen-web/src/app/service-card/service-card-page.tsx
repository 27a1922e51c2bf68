import { ApiProblem, tenantsQuery, useApiClients, type Tenant } from '@facile/web/api-client';
import { useLanguage } from '@facile/web/i18n';
import { NotFoundPage, QueryView, siteLinks, useDocumentTitle } from '@facile/web/ui';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { paths } from '../layout/paths';
import {
  cardQuery,
  categoriesQuery,
  lifeEventsQuery,
  type ServiceCard,
  type TaxonomyEntry,
} from '../services/catalogue-queries';
import { AccessSection } from './access-section';
import { CARD_SECTIONS, type CardSectionKey } from './card-sections';
import { formatFee } from './format-fee';
import { scriptJson, serviceJsonLd } from './json-ld';
import { MunicipalityChooser } from './municipality-chooser';
import { OfferedElsewhere } from './offered-elsewhere';

const privacyUrl = siteLinks({ privacyUrl: import.meta.env.VITE_PRIVACY_URL }).privacyUrl;

interface CardViewProps {
  card: ServiceCard;
  tenants: Tenant[];
  categories: TaxonomyEntry[];
  lifeEvents: TaxonomyEntry[];
  tenantId?: string;
}

function CardView({ card, tenants, categories, lifeEvents, tenantId }: CardViewProps) {
  const { t } = useTranslation('services');
  const { language } = useLanguage();
  useDocumentTitle(card.title);
  const nameOf = (id: string) => tenants.find((x) => x.id === id)?.name ?? id;
  const municipality = tenantId ? tenants.find((x) => x.id === tenantId) : undefined;
  const offering = tenantId ? card.offerings.find((o) => o.tenant === tenantId) : undefined;
  const offeredHere = tenantId === undefined || offering?.enabled === true;
  const active = card.status === 'published' && offeredHere;
  const category = categories.find((c) => c.id === card.category);
  const notGiven = <p>{t('card.notGiven')}</p>;
  const text = (value: string | undefined) => (value ? <p>{value}</p> : notGiven);
  const jsonLd = serviceJsonLd(card, {
    pageUrl: `${window.location.origin}${paths.card(card.slug, tenantId)}`,
    categoryTitle: category?.title.it ?? card.category,
    municipality: municipality ? { name: municipality.name, offering } : undefined,
    offeredBy: card.offerings.filter((o) => o.enabled).map((o) => nameOf(o.tenant)),
  });

  const content: Record<CardSectionKey, ReactNode> = {
    addressed: text(card.sections.whoFor),
    description: <p>{card.summary}</p>,
    howTo: text(card.sections.howTo),
    needed: card.sections.whatYouNeed?.length ? (
      <ul>
        {card.sections.whatYouNeed.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    ) : (
      notGiven
    ),
    achieved: text(card.sections.whatYouGet),
    calendar: (
      <>
        {card.sections.timeAndDeadlines && <p>{card.sections.timeAndDeadlines}</p>}
        {(card.bookable || card.walkIn) && <p>{t('card.duration', { minutes: card.durationMinutes })}</p>}
      </>
    ),
    cost: (
      <>
        {municipality && offering?.enabled ? (
          <p className="fw-semibold" data-testid="fee">
            {offering.feeCents > 0
              ? t('card.fee', { name: municipality.name, fee: formatFee(offering.feeCents, language) })
              : t('card.free', { name: municipality.name })}
          </p>
        ) : (
          !municipality && <p>{t('card.feeChoose')}</p>
        )}
        {offering?.enabled && offering.notes && <p className="small">{offering.notes}</p>}
        {card.sections.cost && <p>{card.sections.cost}</p>}
      </>
    ),
    access: (
      <AccessSection
        card={card}
        tenantId={tenantId}
        municipalityName={municipality?.name}
        offering={offering}
        nameOf={nameOf}
      />
    ),
    moreInfo: text(card.sections.specialCases),
    conditions: (
      <>
        <p>{t('card.conditions')}</p>
        <a href={privacyUrl}>{t('card.privacy')}</a>
      </>
    ),
    contacts: (
      <>
        {card.sections.contacts && <p>{card.sections.contacts}</p>}
        <Link
          to={municipality ? paths.municipality(municipality.id) : paths.home}
          data-element="service-area"
        >
          {municipality ? t('card.office', { name: municipality.name }) : t('card.officeUnion')}
        </Link>
      </>
    ),
  };

  return (
    <>
      <script
        type="application/ld+json"
        data-element="metatag"
        // a data block, never run (CSP allows it): the card's JSON with `<` escaped
        dangerouslySetInnerHTML={{ __html: scriptJson(jsonLd) }}
      />
      <nav className="breadcrumb-container" aria-label={t('card.breadcrumb')}>
        <ol className="breadcrumb p-0" data-element="breadcrumb">
          <li className="breadcrumb-item">
            <Link to={paths.home}>{t('card.home')}</Link>
            <span className="separator">/</span>
          </li>
          <li className="breadcrumb-item">
            <Link to={paths.services}>{t('title')}</Link>
            <span className="separator">/</span>
          </li>
          {category && (
            <li className="breadcrumb-item">
              <Link to={`${paths.services}?categoria=${encodeURIComponent(category.id)}`}>
                {category.title[language]}
              </Link>
              <span className="separator">/</span>
            </li>
          )}
          <li className="breadcrumb-item active" aria-current="page">
            {card.title}
          </li>
        </ol>
      </nav>
      <div className="row">
        <div className="col-lg-8">
          <h1 data-element="service-title">{card.title}</h1>
          <p className="mb-3">
            <span
              className={`chip chip-simple ${active ? 'chip-primary' : 'chip-danger'}`}
              data-element="service-status"
            >
              <span className="chip-label">
                {active
                  ? t('card.active')
                  : municipality
                    ? t('card.inactiveHere', { name: municipality.name })
                    : t('card.inactive')}
              </span>
            </span>
          </p>
          <p className="lead" data-element="service-description">
            {card.summary}
          </p>
          {municipality ? (
            <p>
              <Link to={paths.card(card.slug)}>{t('card.otherMunicipality')}</Link>
            </p>
          ) : (
            <MunicipalityChooser card={card} nameOf={nameOf} />
          )}
          {municipality && !offeredHere && (
            <OfferedElsewhere card={card} name={municipality.name} nameOf={nameOf} />
          )}
        </div>
        {card.lifeEvents.length > 0 && (
          <div className="col-lg-3 offset-lg-1">
            <h2 className="h6 text-uppercase">{t('card.topics')}</h2>
            <ul className="list-inline">
              {card.lifeEvents.map((id) => (
                <li key={id} className="list-inline-item mb-2">
                  <Link
                    className="chip chip-simple"
                    to={`${paths.services}?evento=${encodeURIComponent(id)}`}
                    data-element="service-topic"
                  >
                    <span className="chip-label">
                      {lifeEvents.find((e) => e.id === id)?.title[language] ?? id}
                    </span>
                  </Link>
                </li>
              ))}
            </ul>
          </div>
        )}
      </div>
      <div className="row mt-4">
        <div className="col-lg-3 mb-4">
          <nav aria-labelledby="card-index-title">
            <h2 id="card-index-title" className="h6 text-uppercase">
              {t('card.indexTitle')}
            </h2>
            <ul className="link-list" data-element="page-index">
              {CARD_SECTIONS.map((s) => (
                <li key={s.key}>
                  <a className="list-item" href={`#${s.id}`}>
                    <span>{t(`card.sections.${s.key}`)}</span>
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        </div>
        <div className="col-lg-8 offset-lg-1">
          {CARD_SECTIONS.map((s) => (
            <section key={s.key} id={s.id} className="mb-5" aria-labelledby={`${s.id}-title`}>
              <h2 id={`${s.id}-title`} className="h4">
                {t(`card.sections.${s.key}`)}
              </h2>
              <div data-element={s.element}>{content[s.key]}</div>
            </section>
          ))}
        </div>
      </div>
    </>
  );
}

/**
 * The card of one procedure (`/servizi/:serviceId`), for one municipality at
 * `/comuni/:tenantId/servizi/:serviceId`: the municipal-site model's page with its index and data-elements.
 */
export function ServiceCardPage() {
  const { serviceId = '', tenantId } = useParams();
  const clients = useApiClients();
  const card = useQuery(cardQuery(clients, serviceId, tenantId));
  const tenants = useQuery(tenantsQuery(clients));
  const categories = useQuery(categoriesQuery(clients));
  const lifeEvents = useQuery(lifeEventsQuery(clients));
  if (card.error instanceof ApiProblem && card.error.status === 404) return <NotFoundPage />;
  if (tenantId && tenants.data && !tenants.data.some((x) => x.id === tenantId && x.kind === 'municipality'))
    return <NotFoundPage />;
  return (
    <QueryView query={card}>
      {(data) => (
        <QueryView query={tenants}>
          {(list) => (
            <CardView
              card={data}
              tenants={list}
              categories={categories.data ?? []}
              lifeEvents={lifeEvents.data ?? []}
              tenantId={tenantId}
            />
          )}
        </QueryView>
      )}
    </QueryView>
  );
}

import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../layout/paths';
import type { Offering, ServiceCard } from '../services/catalogue-queries';
import { OfferedElsewhere } from './offered-elsewhere';

export interface AccessSectionProps {
  card: ServiceCard;
  tenantId?: string;
  municipalityName?: string;
  offering?: Offering;
  nameOf: (tenantId: string) => string;
}

/** "Accedi al servizio": the desk booking, the online service where the municipality has one, or where to go. */
export function AccessSection({ card, tenantId, municipalityName, offering, nameOf }: AccessSectionProps) {
  const { t } = useTranslation('services');
  if (tenantId && !offering?.enabled)
    return <OfferedElsewhere card={card} name={municipalityName ?? tenantId} nameOf={nameOf} />;
  return (
    <>
      {card.sections.howToAccess && <p>{card.sections.howToAccess}</p>}
      <div className="d-flex flex-wrap gap-3 mb-3">
        {card.bookable && (
          <Link
            className="btn btn-primary"
            to={paths.bookingOf(card.slug, tenantId)}
            data-element="service-booking-access"
          >
            {t('card.bookingAccess')}
          </Link>
        )}
        {offering?.onlineUrl && (
          <a
            className="btn btn-outline-primary"
            href={offering.onlineUrl}
            data-element="service-online-access"
          >
            {t('card.onlineAccess')}
          </a>
        )}
      </div>
      {offering?.onlineUrl && <p className="small">{t('card.onlineNote')}</p>}
      {card.walkIn && <p>{t('card.walkIn')}</p>}
      {!card.bookable && !card.walkIn && !offering?.onlineUrl && <p>{t('card.noDesk')}</p>}
    </>
  );
}

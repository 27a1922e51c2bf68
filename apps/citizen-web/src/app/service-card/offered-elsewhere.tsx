import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../layout/paths';
import type { ServiceCard } from '../services/catalogue-queries';

/** A municipality that does not offer the procedure: says so, and links the cards where it is offered. */
export function OfferedElsewhere({
  card,
  name,
  nameOf,
}: {
  card: ServiceCard;
  name: string;
  nameOf: (tenantId: string) => string;
}) {
  const { t } = useTranslation('services');
  const elsewhere = card.offerings.filter((o) => o.enabled);
  return (
    <div className="callout warning" data-testid="not-offered">
      <div className="callout-title">{t('card.notOffered', { name })}</div>
      {elsewhere.length === 0 ? (
        <p>{t('card.nowhere')}</p>
      ) : (
        <>
          <p className="mb-2">{t('card.whereInstead')}</p>
          <ul>
            {elsewhere.map((o) => (
              <li key={o.tenant}>
                <Link to={paths.card(card.slug, o.tenant)}>{nameOf(o.tenant)}</Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

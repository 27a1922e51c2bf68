import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../layout/paths';
import type { ServiceCard } from '../services/catalogue-queries';

/** The card without a municipality: the municipalities that offer it, each opening the card for itself. */
export function MunicipalityChooser({
  card,
  nameOf,
}: {
  card: ServiceCard;
  nameOf: (tenantId: string) => string;
}) {
  const { t } = useTranslation('services');
  const offering = card.offerings.filter((o) => o.enabled);
  return (
    <div className="callout" data-testid="municipality-chooser">
      <div className="callout-title">{t('card.chooseMunicipality')}</div>
      {offering.length === 0 ? (
        <p>{t('card.nowhere')}</p>
      ) : (
        <>
          <p className="mb-2">{t('card.chooseIntro')}</p>
          <ul className="list-inline mb-0">
            {offering.map((o) => (
              <li key={o.tenant} className="list-inline-item me-3">
                <Link to={paths.card(card.slug, o.tenant)}>{nameOf(o.tenant)}</Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

import { FOOTER_ID } from '@facile/web/ui';
import { Icon } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from './paths';

export interface CitizenFooterProps {
  unionUrl: string;
  accessibilityStatementUrl: string;
  privacyUrl: string;
}

/**
 * The footer of the municipal-site model for the citizen web: who runs the service, the desk's own pages
 * (booking with the model's `appointment-booking` mark) and the statements every site must link, with the
 * data-elements the AGID checker looks for.
 */
export function CitizenFooter({ unionUrl, accessibilityStatementUrl, privacyUrl }: CitizenFooterProps) {
  const { t } = useTranslation();
  const { t: tc } = useTranslation('citizen');
  return (
    <footer className="it-footer" id={FOOTER_ID} tabIndex={-1}>
      <div className="it-footer-main">
        <div className="container">
          <div className="row">
            <div className="col-12 footer-items-wrapper logo-wrapper">
              <div className="it-brand-wrapper">
                <a href={unionUrl}>
                  <Icon icon="it-pa" color="white" />
                  <div className="it-brand-text">
                    <div className="it-brand-title">{t('union')}</div>
                    <div className="it-brand-tagline">{t('service')}</div>
                  </div>
                </a>
              </div>
            </div>
          </div>
          <div className="row">
            <div className="col-12 footer-items-wrapper">
              <h2 className="footer-heading-title h5 text-white">{tc('footer.heading')}</h2>
              <nav aria-label={tc('footer.label')}>
                <ul className="footer-list list-unstyled d-flex flex-column flex-md-row flex-wrap gap-md-4">
                  <li>
                    <Link to={paths.services}>{tc('nav.services')}</Link>
                  </li>
                  <li>
                    <Link to={paths.booking} data-element="appointment-booking">
                      {tc('nav.booking')}
                    </Link>
                  </li>
                  <li>
                    <Link to={paths.sessions}>{tc('nav.sessions')}</Link>
                  </li>
                  <li>
                    <Link to={paths.assistance}>{tc('nav.assistance')}</Link>
                  </li>
                </ul>
              </nav>
            </div>
          </div>
        </div>
      </div>
      <div className="it-footer-small-prints clearfix">
        <div className="container">
          <nav aria-label={t('footer.links')}>
            <ul className="it-footer-small-prints-list list-inline mb-0 d-flex flex-column flex-md-row">
              <li className="list-inline-item">
                <a href={accessibilityStatementUrl} data-element="accessibility-link">
                  {t('footer.accessibility')}
                </a>
              </li>
              <li className="list-inline-item">
                <a href={privacyUrl} data-element="privacy-policy-link">
                  {t('footer.privacy')}
                </a>
              </li>
              <li className="list-inline-item">
                <span className="text-white">{t('footer.licence')}</span>
              </li>
            </ul>
          </nav>
        </div>
      </div>
    </footer>
  );
}

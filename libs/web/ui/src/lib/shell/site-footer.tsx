import { Icon } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import { FOOTER_ID } from './skip-links';

export interface FooterLinks {
  /** The accessibility statement (published on AgID's form.agid.gov.it, as the law asks). */
  accessibilityStatementUrl: string;
  /** The privacy notice. */
  privacyUrl: string;
  /** The Union's own web site. */
  unionUrl: string;
}

/** The footer of the municipal-site model: who runs the service, and the statements every site must link. */
export function SiteFooter({ accessibilityStatementUrl, privacyUrl, unionUrl }: FooterLinks) {
  const { t } = useTranslation();
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
        </div>
      </div>
      <div className="it-footer-small-prints clearfix">
        <div className="container">
          <nav aria-label={t('footer.links')}>
            <ul className="it-footer-small-prints-list list-inline mb-0 d-flex flex-column flex-md-row">
              <li className="list-inline-item">
                <a href={accessibilityStatementUrl}>{t('footer.accessibility')}</a>
              </li>
              <li className="list-inline-item">
                <a href={privacyUrl}>{t('footer.privacy')}</a>
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

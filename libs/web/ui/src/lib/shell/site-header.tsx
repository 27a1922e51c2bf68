import { Header, HeaderBrand, HeaderContent, HeaderRightZone, Icon } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LanguageSwitch } from './language-switch';

export interface SiteHeaderProps {
  /** Big title of the centre header: the municipality when one is chosen, else the application. */
  title: string;
  /** Line under the title. */
  tagline: string;
  /** The Union's own web site, linked from the slim header. */
  unionUrl: string;
}

/**
 * The header of Designers Italia's municipal-site model: a slim band naming the Union (the body the
 * service belongs to) with the language switch, then the centre band with the municipality or service.
 */
export function SiteHeader({ title, tagline, unionUrl }: SiteHeaderProps) {
  const { t } = useTranslation();
  return (
    <header className="it-header-wrapper">
      <Header type="slim">
        <HeaderContent>
          <HeaderBrand href={unionUrl} responsive title={t('header.unionSite')}>
            {t('union')}
          </HeaderBrand>
          <HeaderRightZone>
            <LanguageSwitch />
          </HeaderRightZone>
        </HeaderContent>
      </Header>
      <div className="it-nav-wrapper">
        <Header type="center">
          <HeaderContent>
            <div className="it-brand-wrapper">
              <Link to="/">
                <Icon icon="it-pa" />
                <div className="it-brand-text">
                  <div className="it-brand-title">{title}</div>
                  <div className="it-brand-tagline d-none d-md-block">{tagline}</div>
                </div>
              </Link>
            </div>
          </HeaderContent>
        </Header>
      </div>
    </header>
  );
}

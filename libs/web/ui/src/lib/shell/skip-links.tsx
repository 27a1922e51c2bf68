import { Skiplink, SkiplinkItem } from 'design-react-kit';
import { useTranslation } from 'react-i18next';

export const MAIN_ID = 'main';
export const FOOTER_ID = 'footer';

/** The first things the Tab key reaches: straight to the content, or to the footer. */
export function SkipLinks() {
  const { t } = useTranslation();
  return (
    <Skiplink nav ariaLabel={t('skipLinks.label')}>
      <SkiplinkItem navItem href={`#${MAIN_ID}`}>
        {t('skipLinks.main')}
      </SkiplinkItem>
      <SkiplinkItem navItem href={`#${FOOTER_ID}`}>
        {t('skipLinks.footer')}
      </SkiplinkItem>
    </Skiplink>
  );
}

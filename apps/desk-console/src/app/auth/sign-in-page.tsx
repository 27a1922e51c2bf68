import { useDocumentTitle } from '@facile/web/ui';
import { Button } from 'design-react-kit';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from './auth-context';

/** The console's front door: one button to the Union's identity provider (Keycloak), and what to do if it fails. */
export function SignInPage() {
  const { t } = useTranslation('auth');
  const { signIn } = useAuth();
  const [failed, setFailed] = useState(false);
  useDocumentTitle(t('signIn.title'));
  return (
    <section aria-labelledby="sign-in-title" className="row">
      <div className="col-12 col-lg-8">
        <h1 id="sign-in-title">{t('signIn.title')}</h1>
        <p className="lead">{t('signIn.body')}</p>
        <Button color="primary" onClick={() => signIn().catch(() => setFailed(true))}>
          {t('signIn.action')}
        </Button>
        {failed && (
          <p role="alert" className="mt-3 text-danger">
            {t('signIn.unreachable')}
          </p>
        )}
      </div>
    </section>
  );
}

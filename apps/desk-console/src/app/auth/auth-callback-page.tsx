import { LoadingState } from '@facile/web/ui';
import { useContext, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { UserManagerContext } from './auth-context';

const sameApp = (returnTo: unknown) =>
  typeof returnTo === 'string' && returnTo.startsWith(import.meta.env.BASE_URL) ? returnTo : import.meta.env.BASE_URL;

/** Where Keycloak sends the browser back: exchange the code (PKCE), then return to the page sign-in started from. */
export function AuthCallbackPage() {
  const { t } = useTranslation('auth');
  const manager = useContext(UserManagerContext);
  const navigate = useNavigate();
  const [failed, setFailed] = useState(false);
  const once = useRef(false);
  useEffect(() => {
    if (once.current || !manager) return;
    once.current = true; // the code can be exchanged once only (StrictMode runs effects twice)
    manager
      .signinRedirectCallback()
      .then((user) => {
        const target = sameApp((user.state as { returnTo?: unknown } | undefined)?.returnTo);
        void navigate(target.slice(import.meta.env.BASE_URL.length - 1) || '/', { replace: true });
      })
      .catch(() => setFailed(true));
  }, [manager, navigate]);
  if (!failed) return <LoadingState />;
  return (
    <section aria-labelledby="callback-title">
      <h1 id="callback-title">{t('callback.failedTitle')}</h1>
      <p>{t('callback.failedBody')}</p>
      <Link to="/">{t('callback.retry')}</Link>
    </section>
  );
}

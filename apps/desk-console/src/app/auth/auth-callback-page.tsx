import { LoadingState, useDocumentTitle } from '@facile/web/ui';
import { Button } from 'design-react-kit';
import type { UserManager } from 'oidc-client-ts';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useAuth, type ReturnState } from './auth-context';

/** One exchange of the code per page load (StrictMode runs effects twice; a code is good once). */
let exchange: { url: string; done: Promise<ReturnState | undefined> } | undefined;

function exchangeOnce(manager: UserManager): Promise<ReturnState | undefined> {
  const url = globalThis.location.href;
  if (exchange?.url !== url)
    exchange = {
      url,
      done: manager.signinRedirectCallback(url).then((u) => u.state as ReturnState | undefined),
    };
  return exchange.done;
}

/** Only in-app paths: never an absolute URL smuggled in the state. */
const safePath = (p: unknown) =>
  typeof p === 'string' && p.startsWith('/') && !p.startsWith('//') ? p : '/';

/** `/sportello/auth/callback`: Keycloak sends the browser back here with the code. */
export function AuthCallbackPage() {
  const { manager } = useAuth();
  const { t } = useTranslation('auth');
  useDocumentTitle(t('callback.title'));
  const navigate = useNavigate();
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    exchangeOnce(manager)
      .then((state) => live && navigate(safePath(state?.returnTo), { replace: true }))
      .catch(() => live && setFailed(true));
    return () => {
      live = false;
    };
  }, [manager, navigate]);
  if (failed)
    return (
      <div role="alert" className="alert alert-danger my-4">
        <h1 className="h4">{t('callback.failedTitle')}</h1>
        <p>{t('callback.failed')}</p>
        <Button
          color="primary"
          size="sm"
          onClick={() => void manager.signinRedirect({ state: { returnTo: '/' } satisfies ReturnState })}
        >
          {t('signIn')}
        </Button>
      </div>
    );
  return (
    <>
      <h1 className="visually-hidden">{t('callback.title')}</h1>
      <LoadingState />
    </>
  );
}

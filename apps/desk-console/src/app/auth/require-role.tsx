import { LoadingState } from '@facile/web/ui';
import { Alert, Button } from 'design-react-kit';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from './auth-context';
import { hasRole, type StaffRole } from './staff-user';
import { SignInPage } from './sign-in-page';

/**
 * Staff pages: the sign-in page when nobody is signed in, a clear refusal when the person's roles do not
 * include one of `roles`, and, once a session has expired, a banner above the page (what was typed stays).
 */
export function RequireRole({ roles, children }: { roles?: readonly StaffRole[]; children: ReactNode }) {
  const { t } = useTranslation('auth');
  const { user, loading, expired, signIn } = useAuth();
  if (loading) return <LoadingState />;
  if (!user) return <SignInPage />;
  if (roles && !hasRole(user, roles))
    return (
      <section aria-labelledby="forbidden-title">
        <h1 id="forbidden-title">{t('forbidden.title')}</h1>
        <p>{t('forbidden.body')}</p>
      </section>
    );
  return (
    <>
      {expired && (
        <Alert color="warning" role="alert">
          <p className="mb-2">{t('expired.body')}</p>
          <Button color="primary" size="sm" onClick={() => void signIn()}>
            {t('expired.signIn')}
          </Button>
        </Alert>
      )}
      {children}
    </>
  );
}

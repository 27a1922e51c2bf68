import { LoadingState } from '@facile/web/ui';
import { Button } from 'design-react-kit';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { useAuth } from './auth-context';
import type { StaffRole } from './staff-user';

/** Staff pages: nobody signed in goes to Keycloak's login page, and comes back to the same URL. */
export function RequireAuth({ children }: { children?: ReactNode }) {
  const { t } = useTranslation('auth');
  const { user, loading, signIn } = useAuth();
  useEffect(() => {
    if (!loading && !user) void signIn();
  }, [loading, user, signIn]);
  if (loading || !user)
    return (
      <>
        <h1 className="visually-hidden">{t('title')}</h1>
        <LoadingState />
        {!loading && (
          <p>
            <Button color="primary" size="sm" onClick={() => void signIn()}>
              {t('signIn')}
            </Button>
          </p>
        )}
      </>
    );
  return <>{children ?? <Outlet />}</>;
}

/** Signed in AND holding one of these roles; the others read why they may not (the API refuses them too). */
export function RequireRole({ roles, children }: { roles: readonly StaffRole[]; children?: ReactNode }) {
  const { t } = useTranslation('auth');
  return (
    <RequireAuth>
      <RoleGate roles={roles} denied={<Forbidden title={t('forbidden.title')} text={t('forbidden.text')} />}>
        {children ?? <Outlet />}
      </RoleGate>
    </RequireAuth>
  );
}

function RoleGate({
  roles,
  denied,
  children,
}: {
  roles: readonly StaffRole[];
  denied: ReactNode;
  children: ReactNode;
}) {
  const { user } = useAuth();
  return <>{user?.roles.some((r) => roles.includes(r)) ? children : denied}</>;
}

function Forbidden({ title, text }: { title: string; text: string }) {
  return (
    <div className="alert alert-warning my-4" role="alert">
      <h1 className="h4">{title}</h1>
      <p className="mb-0">{text}</p>
    </div>
  );
}

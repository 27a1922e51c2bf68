import type { User, UserManager } from 'oidc-client-ts';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { staffUserOf, type StaffUser } from './staff-user';

export interface AuthState {
  /** Null: nobody signed in (or the session ended). */
  user: StaffUser | null;
  /** True until the stored session (if any) has been read. */
  loading: boolean;
  /** To Keycloak's login page; back at `returnTo` (an in-app path) afterwards. */
  signIn(returnTo?: string): Promise<void>;
  signOut(): Promise<void>;
  /** The current access token (for the API clients). */
  accessToken(): string | null;
  /** oidc-client-ts's manager (the callback page completes the sign-in with it). */
  manager: UserManager;
}

const AuthContext = createContext<AuthState | null>(null);

/** The in-app path of the current page (without the router's basename), to come back to after sign-in. */
export function currentPath(): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  const { pathname, search, hash } = globalThis.location;
  const inApp = base && pathname.startsWith(base) ? pathname.slice(base.length) || '/' : pathname;
  return `${inApp}${search}${hash}`;
}

export interface ReturnState {
  returnTo: string;
}

const toStaff = (u: User | null): StaffUser | null =>
  u && !u.expired ? staffUserOf(u.access_token, u.profile as Record<string, unknown>) : null;

/** The signed-in member of staff for the whole console, from oidc-client-ts's user manager. */
export function AuthProvider({ manager, children }: { manager: UserManager; children: ReactNode }) {
  const [oidcUser, setOidcUser] = useState<User | null>(null);
  const [loading, setLoading] = useState(true);

  useEffect(() => {
    let live = true;
    manager
      .getUser()
      .then((u) => live && setOidcUser(u && !u.expired ? u : null))
      .catch(() => live && setOidcUser(null))
      .finally(() => live && setLoading(false));
    const loaded = (u: User) => setOidcUser(u);
    const unloaded = () => setOidcUser(null);
    manager.events.addUserLoaded(loaded);
    manager.events.addUserUnloaded(unloaded);
    manager.events.addUserSignedOut(unloaded);
    manager.events.addAccessTokenExpired(unloaded);
    return () => {
      live = false;
      manager.events.removeUserLoaded(loaded);
      manager.events.removeUserUnloaded(unloaded);
      manager.events.removeUserSignedOut(unloaded);
      manager.events.removeAccessTokenExpired(unloaded);
    };
  }, [manager]);

  const signIn = useCallback(
    (returnTo = currentPath()) => manager.signinRedirect({ state: { returnTo } satisfies ReturnState }),
    [manager],
  );
  const signOut = useCallback(async () => {
    const user = await manager.getUser();
    await manager.removeUser();
    await manager.signoutRedirect(user?.id_token ? { id_token_hint: user.id_token } : undefined);
  }, [manager]);

  const value = useMemo<AuthState>(
    () => ({
      user: toStaff(oidcUser),
      loading,
      signIn,
      signOut,
      accessToken: () => (oidcUser && !oidcUser.expired ? oidcUser.access_token : null),
      manager,
    }),
    [oidcUser, loading, signIn, signOut, manager],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth outside <AuthProvider>');
  return auth;
}

import type { User, UserManager } from 'oidc-client-ts';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { staffUserOf, type StaffUser } from './staff-user';

export interface AuthState {
  /** Null when nobody is signed in (or the session could not be renewed). */
  user: StaffUser | null;
  /** True until the stored session has been read. */
  loading: boolean;
  /** The API refused the token (401): the forms stay as they are until the person signs in again. */
  expired: boolean;
  /** To Keycloak's login page; back to `returnTo` (this page by default) afterwards. */
  signIn(returnTo?: string): Promise<void>;
  signOut(): Promise<void>;
}

const AuthContext = createContext<AuthState | null>(null);

const toStaff = (u: User | null) =>
  u && !u.expired ? staffUserOf(u.access_token, u.profile as Record<string, unknown>) : null;

const here = () => `${window.location.pathname}${window.location.search}${window.location.hash}`;

/** The signed-in staff member for the whole console; `expired` follows `markExpired` (the API's 401). */
export function AuthProvider({
  manager,
  expiredSignal,
  children,
}: {
  manager: UserManager;
  /** Registers the callback the API clients call on a 401. */
  expiredSignal: (listener: () => void) => void;
  children: ReactNode;
}) {
  const [user, setUser] = useState<StaffUser | null>(null);
  const [loading, setLoading] = useState(true);
  const [expired, setExpired] = useState(false);

  useEffect(() => {
    let live = true;
    void manager
      .getUser()
      .then((u) => live && setUser(toStaff(u)))
      .catch(() => live && setUser(null))
      .finally(() => live && setLoading(false));
    const loaded = (u: User) => {
      setUser(toStaff(u));
      setExpired(false);
    };
    const unloaded = () => setUser(null);
    const renewFailed = () => setExpired(true);
    manager.events.addUserLoaded(loaded);
    manager.events.addUserUnloaded(unloaded);
    manager.events.addSilentRenewError(renewFailed);
    expiredSignal(() => setExpired(true));
    return () => {
      live = false;
      manager.events.removeUserLoaded(loaded);
      manager.events.removeUserUnloaded(unloaded);
      manager.events.removeSilentRenewError(renewFailed);
    };
  }, [manager, expiredSignal]);

  const signIn = useCallback(
    (returnTo?: string) => manager.signinRedirect({ state: { returnTo: returnTo ?? here() } }),
    [manager],
  );
  const signOut = useCallback(async () => {
    const current = await manager.getUser();
    await manager.removeUser();
    await manager.signoutRedirect(current?.id_token ? { id_token_hint: current.id_token } : undefined);
  }, [manager]);

  const value = useMemo(() => ({ user, loading, expired, signIn, signOut }), [user, loading, expired, signIn, signOut]);
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  const state = useContext(AuthContext);
  if (!state) throw new Error('useAuth outside AuthProvider');
  return state;
}

/** The manager itself, for the callback page. */
export const UserManagerContext = createContext<UserManager | null>(null);

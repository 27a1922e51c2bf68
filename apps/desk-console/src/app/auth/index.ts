export { AccountMenu } from './account-menu';
export { AuthCallbackPage } from './auth-callback-page';
export { AuthProvider, UserManagerContext, useAuth, type AuthState } from './auth-context';
export { createUserManager, loadAuthConfig, CALLBACK_PATH } from './oidc-config';
export { RequireRole } from './require-role';
export { hasRole, type StaffRole, type StaffUser } from './staff-user';

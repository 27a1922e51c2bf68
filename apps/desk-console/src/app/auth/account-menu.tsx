import { Button } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import { useAuth } from './auth-context';

/** Who is signed in and the sign-out, or the sign-in, in the header's slim band. */
export function AccountMenu() {
  const { t } = useTranslation('auth');
  const { user, loading, signIn, signOut } = useAuth();
  if (loading) return null;
  if (!user)
    return (
      <Button color="primary" size="xs" className="btn-xs me-3" onClick={() => void signIn(`${import.meta.env.BASE_URL}area-personale`)}>
        {t('account.signIn')}
      </Button>
    );
  return (
    <div className="d-flex align-items-center me-3 text-white" data-testid="account">
      <span className="me-2">
        <span className="visually-hidden">{t('account.signedInAs')} </span>
        {user.name}
      </span>
      <Button color="primary" size="xs" className="btn-xs" onClick={() => void signOut()}>
        {t('account.signOut')}
      </Button>
    </div>
  );
}

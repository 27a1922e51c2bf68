import { Button } from 'design-react-kit';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from './auth-context';
import { ShiftPicker } from './shift-picker';
import { useShift } from './shift';
import { useStaffSites } from './use-sites';

/** Under the header on every staff page: who is signed in, at which site and counter, and sign-out. */
export function StaffBar() {
  const { t } = useTranslation('auth');
  const { user, signOut } = useAuth();
  const { query, mine } = useStaffSites();
  const [shift] = useShift(query.data ? mine.map((s) => s.id) : undefined);
  const [changing, setChanging] = useState(false);
  if (!user) return null;
  const site = mine.find((s) => s.id === shift?.site);
  return (
    <section aria-label={t('bar.label')} className="border-bottom pb-2 mb-4">
      <div className="d-flex flex-wrap align-items-center gap-3">
        <p className="mb-0" data-testid="staff-user">
          {t('bar.signedInAs', { name: user.name })}
        </p>
        {shift && (
          <p className="mb-0" data-testid="staff-shift">
            {t('bar.shift', { site: site?.name ?? shift.site, counter: shift.counter })}
          </p>
        )}
        {shift && (
          <Button
            color="primary"
            outline
            size="xs"
            onClick={() => setChanging((c) => !c)}
            aria-expanded={changing}
          >
            {t('bar.changeShift')}
          </Button>
        )}
        <Button color="primary" outline size="xs" className="ms-auto" onClick={() => void signOut()}>
          {t('signOut')}
        </Button>
      </div>
      {(changing || (!shift && query.data)) && (
        <div className="pt-3">
          <ShiftPicker sites={mine} onDone={() => setChanging(false)} />
        </div>
      )}
    </section>
  );
}

import { ApiProblem, unwrap, useApiClients } from '@facile/web/api-client';
import { useDateFormat, useLanguage } from '@facile/web/i18n';
import { QueryView, useDocumentTitle } from '@facile/web/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { CASE_CODE_KEY } from '../assistance/assistance-form';
import { useNoReferrer, withToken } from '../link-token/link-token';
import {
  emptyRegistrant,
  errorsFromProblem,
  registrantBody,
  validateRegistrant,
  type RegistrantErrors,
} from './registrant';
import { RegistrantFields } from './registrant-form';
import {
  registrationPath,
  sessionsPath,
  useSession,
  useSites,
  type Registration,
  type Session,
} from './sessions-api';

const DRAFT_KEY = 'sessions.registrant';

function Done({ registration }: { registration: Registration }) {
  const { t } = useTranslation('sessions');
  useNoReferrer();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  const link = withToken(
    registrationPath(registration.session.id, registration.code),
    registration.manageToken ?? '',
  );
  return (
    <div ref={ref} tabIndex={-1} role="status" className="alert alert-success">
      <p className="fw-semibold">
        {registration.status === 'waitlisted'
          ? t('done.waitlisted', { position: registration.position ?? 1, code: registration.code })
          : t('done.registered', { code: registration.code })}
      </p>
      <p className="mb-2">{t('done.manageHint')}</p>
      <Link to={link} referrerPolicy="no-referrer" className="btn btn-outline-primary btn-sm">
        {t('done.manage')}
      </Link>
    </div>
  );
}

function RegisterForm({ session }: { session: Session }) {
  const { t } = useTranslation('sessions');
  const { language } = useLanguage();
  const api = useApiClients();
  const queryClient = useQueryClient();
  const [value, setValue] = useState(() => {
    const saved = sessionStorage.getItem(DRAFT_KEY);
    return saved
      ? { ...emptyRegistrant(language), ...(JSON.parse(saved) as object) }
      : emptyRegistrant(language);
  });
  const [errors, setErrors] = useState<RegistrantErrors>({});
  const [failure, setFailure] = useState<string>();
  useEffect(() => sessionStorage.setItem(DRAFT_KEY, JSON.stringify(value)), [value]);
  const full = session.seatsLeft === 0;

  const register = useMutation({
    mutationFn: () =>
      unwrap(
        api.scheduling.POST('/scheduling/v1/sessions/{id}/registrations', {
          params: { path: { id: session.id } },
          body: {
            citizen: registrantBody(value),
            caseCode: sessionStorage.getItem(CASE_CODE_KEY) ?? undefined,
          },
        }),
      ),
    onSuccess: () => {
      sessionStorage.removeItem(DRAFT_KEY);
      sessionStorage.removeItem(CASE_CODE_KEY);
      void queryClient.invalidateQueries({ queryKey: ['scheduling', 'session', session.id] });
      void queryClient.invalidateQueries({ queryKey: ['scheduling', 'sessions'] });
    },
    onError: (e) => {
      if (e instanceof ApiProblem && e.status === 400 && e.errors.length) {
        setErrors(errorsFromProblem(e.errors));
        setFailure(t('form.errorsTitle'));
      } else if (e instanceof ApiProblem && e.status === 409 && /already/i.test(e.detail))
        setFailure(t('errors.already'));
      else if (e instanceof ApiProblem && (e.status === 409 || e.status === 422))
        setFailure(t('errors.closed'));
      else setFailure(t('errors.generic'));
    },
  });

  if (register.data) return <Done registration={register.data} />;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (register.isPending) return;
    const found = validateRegistrant(value);
    setErrors(found);
    const first = Object.keys(found)[0];
    if (first) {
      setFailure(t('form.errorsTitle'));
      document.getElementById(`reg-${first}`)?.focus();
      return;
    }
    setFailure(undefined);
    register.mutate();
  };

  return (
    <form onSubmit={submit} noValidate>
      {full && <p className="alert alert-warning">{t('register.fullNotice')}</p>}
      <div role="alert">{failure && <p className="alert alert-danger">{failure}</p>}</div>
      <RegistrantFields value={value} onChange={setValue} errors={errors} />
      <button type="submit" className="btn btn-primary" aria-disabled={register.isPending || undefined}>
        {register.isPending
          ? t('register.sending')
          : full
            ? t('register.submitWaitlist')
            : t('register.submit')}
      </button>
    </form>
  );
}

/** `/incontri/:sessionId`: one session, and the registration (or the waiting list when it is full). */
export function SessionRegisterPage() {
  const { t } = useTranslation('sessions');
  useDocumentTitle(t('register.title'));
  const { sessionId = '' } = useParams();
  const session = useSession(sessionId);
  const sites = useSites();
  const f = useDateFormat();
  return (
    <div className="container py-4">
      <h1>{t('register.title')}</h1>
      <QueryView query={session}>
        {(s) => (
          <>
            <h2 className="h3">{s.title}</h2>
            <p className="mb-1">
              {t('list.when', { date: f.date(s.start), start: f.time(s.start), end: f.time(s.end) })}
            </p>
            <p className="mb-1">{sites.data?.find((x) => x.id === s.site)?.name ?? s.site}</p>
            <p className="fw-semibold">
              {s.seatsLeft === 0
                ? t('list.full')
                : t('list.seatsLeft', { count: s.seatsLeft, seats: s.seats })}
            </p>
            {s.status === 'open' ? (
              <RegisterForm session={s} />
            ) : (
              <p className="alert alert-warning">{t('errors.closed')}</p>
            )}
          </>
        )}
      </QueryView>
      <p className="mt-4">
        <Link to={sessionsPath}>{t('register.back')}</Link>
      </p>
    </div>
  );
}

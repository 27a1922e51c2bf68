import { ApiProblem, unwrap, useApiClients, useTenants } from '@facile/web/api-client';
import { SelectField, useDocumentTitle } from '@facile/web/ui';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { withToken } from '../link-token/link-token';
import { romeDay } from '../sessions/sessions-api';
import { ticketPath } from './ticket-paths';

const DRAFT_KEY = 'ticket.choice';

interface Choice {
  tenant: string;
  service: string;
  site: string;
}

/** `/il-mio-numero`: take a walk-in ticket from home (municipality, procedure, site), then follow it. */
export function TakeTicketPage() {
  const { t } = useTranslation('ticket');
  useDocumentTitle(t('title'));
  const api = useApiClients();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [choice, setChoice] = useState<Choice>(() => {
    const saved = sessionStorage.getItem(DRAFT_KEY);
    const base = saved ? (JSON.parse(saved) as Choice) : { tenant: '', service: '', site: '' };
    return {
      tenant: params.get('comune') ?? base.tenant,
      service: params.get('servizio') ?? base.service,
      site: params.get('sede') ?? base.site,
    };
  });
  useEffect(() => sessionStorage.setItem(DRAFT_KEY, JSON.stringify(choice)), [choice]);
  const [failure, setFailure] = useState<string>();

  const tenants = useTenants();
  const services = useQuery({
    queryKey: ['catalogue', 'services', 'walk-in', choice.tenant],
    enabled: choice.tenant !== '',
    queryFn: async ({ signal }) =>
      (
        await unwrap(
          api.catalogue.GET('/catalogue/v1/services', {
            params: { query: { tenant: choice.tenant, pageSize: 100 } },
            signal,
          }),
        )
      ).items,
    staleTime: 5 * 60_000,
  });
  const sites = useQuery({
    queryKey: ['scheduling', 'sites', choice.tenant, choice.service],
    enabled: choice.tenant !== '' && choice.service !== '',
    retry: false,
    queryFn: async ({ signal }) => {
      try {
        const answer = await unwrap(
          api.scheduling.GET('/scheduling/v1/sites', {
            params: { query: { tenant: choice.tenant, service: choice.service } },
            signal,
          }),
        );
        return answer.items;
      } catch (e) {
        // a walk-in-only procedure is not bookable (422): every site serving the municipality, and the
        // ticket itself says when one does not serve it
        if (!(e instanceof ApiProblem && e.status === 422)) throw e;
        const all = await unwrap(
          api.scheduling.GET('/scheduling/v1/sites', {
            params: { query: { tenant: choice.tenant } },
            signal,
          }),
        );
        return all.items;
      }
    },
  });

  const take = useMutation({
    mutationFn: () =>
      unwrap(
        api.scheduling.POST('/scheduling/v1/sites/{id}/tickets', {
          params: { path: { id: choice.site } },
          body: { service: choice.service, tenant: choice.tenant },
        }),
      ),
    onSuccess: (ticket) => {
      sessionStorage.removeItem(DRAFT_KEY);
      void navigate(
        withToken(ticketPath(ticket.site, romeDay(ticket.issuedAt), ticket.number), ticket.manageToken),
      );
    },
    onError: (e) =>
      setFailure(e instanceof ApiProblem && e.status === 422 ? t('take.notServed') : t('take.failed')),
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (take.isPending || !choice.site) return;
    setFailure(undefined);
    take.mutate();
  };

  const municipalities = (tenants.data ?? []).filter((x) => x.kind === 'municipality');
  const siteOptions = sites.data ?? [];
  return (
    <div className="container py-4">
      <h1>{t('title')}</h1>
      <p className="lead">{t('take.intro')}</p>
      <form onSubmit={submit} noValidate>
        <fieldset>
          <legend className="h4">{t('take.legend')}</legend>
          <SelectField
            id="ticket-tenant"
            label={t('take.tenant')}
            value={choice.tenant}
            placeholder={t('take.choose')}
            onChange={(tenant) => setChoice({ tenant, service: '', site: '' })}
            options={municipalities.map((m) => ({ value: m.id, label: m.name }))}
          />
          {choice.tenant && (
            <SelectField
              id="ticket-service"
              label={t('take.service')}
              value={choice.service}
              placeholder={t('take.choose')}
              onChange={(service) => setChoice({ ...choice, service, site: '' })}
              options={(services.data ?? []).map((s) => ({ value: s.slug, label: s.title }))}
            />
          )}
          {choice.service &&
            (sites.isError || (sites.isSuccess && siteOptions.length === 0) ? (
              <p className="alert alert-warning">{t('take.noSites')}</p>
            ) : (
              <SelectField
                id="ticket-site"
                label={t('take.site')}
                value={choice.site}
                placeholder={t('take.choose')}
                onChange={(site) => setChoice({ ...choice, site })}
                options={siteOptions.map((s) => ({
                  value: s.id,
                  label: `${s.name}${s.address ? ` — ${s.address}` : ''}`,
                }))}
              />
            ))}
        </fieldset>
        <div role="alert">{failure && <p className="alert alert-danger">{failure}</p>}</div>
        <button
          type="submit"
          className="btn btn-primary"
          disabled={!choice.site}
          aria-disabled={take.isPending || undefined}
        >
          {take.isPending ? t('take.sending') : t('take.submit')}
        </button>
      </form>
    </div>
  );
}

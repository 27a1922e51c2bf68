import { unwrap, useApiClients, type NotificationsApi, type Tenant } from '@facile/web/api-client';
import { QueryView, useDocumentTitle } from '@facile/web/ui';
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useAdministeredTenants } from '../lib/administered-tenants';
import { TenantPicker } from '../offerings/tenant-picker';

type Delivery = NotificationsApi.components['schemas']['DeliveryResponse'];
const STATUSES = ['queued', 'sending', 'sent', 'failed', 'retrying', 'suppressed'] as const;
type Status = (typeof STATUSES)[number];
const PAGE_SIZE = 20;

function DeliveryTable({ tenant }: { tenant: Tenant }) {
  const { t, i18n } = useTranslation('admin');
  const clients = useApiClients();
  const statusId = useId();
  const [status, setStatus] = useState<Status | ''>('');
  const [page, setPage] = useState(1);
  const deliveries = useQuery({
    queryKey: ['notifications', 'deliveries', tenant.id, status] as const,
    queryFn: ({ signal }) =>
      unwrap<Delivery[]>(
        clients.notifications.GET('/notifications/v1/deliveries', {
          params: { query: { tenant: tenant.id, ...(status ? { status } : {}) } },
          signal,
        }),
      ),
  });
  const when = (iso: string) =>
    new Date(iso).toLocaleString(i18n.language, {
      timeZone: 'Europe/Rome',
      dateStyle: 'short',
      timeStyle: 'short',
    });
  return (
    <>
      <div className="select-wrapper mb-3">
        <label htmlFor={statusId}>{t('deliveries.status')}</label>
        <select
          id={statusId}
          value={status}
          onChange={(e) => {
            setStatus(e.target.value as Status | '');
            setPage(1);
          }}
        >
          <option value="">{t('deliveries.allStatuses')}</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`deliveries.statuses.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <QueryView
        query={deliveries}
        isEmpty={(list) => list.length === 0}
        emptyMessage={t('deliveries.none')}
        showUpdatedAt
      >
        {(list) => {
          const sorted = [...list].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
          const pages = Math.max(1, Math.ceil(sorted.length / PAGE_SIZE));
          const current = Math.min(page, pages);
          const shown = sorted.slice((current - 1) * PAGE_SIZE, current * PAGE_SIZE);
          return (
            <>
              <div className="table-responsive" tabIndex={0}>
                <table className="table">
                  <caption>{t('deliveries.caption', { count: sorted.length })}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('deliveries.createdAt')}</th>
                      <th scope="col">{t('deliveries.subject')}</th>
                      <th scope="col">{t('deliveries.channel')}</th>
                      <th scope="col">{t('deliveries.status')}</th>
                      <th scope="col">{t('deliveries.error')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {shown.map((d) => (
                      <tr key={d.id}>
                        <td>{when(d.createdAt)}</td>
                        <td>{d.subject ?? d.sourceEventType}</td>
                        <td>{d.channel}</td>
                        <td>{t(`deliveries.statuses.${d.status as Status}`)}</td>
                        <td>{d.lastError ?? '—'}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              {pages > 1 && (
                <div className="d-flex gap-2 align-items-center">
                  <button
                    type="button"
                    className="btn btn-outline-secondary btn-sm"
                    disabled={current === 1}
                    onClick={() => setPage(current - 1)}
                  >
                    {t('offerings.previous')}
                  </button>
                  <span>{t('offerings.page', { page: current, pages })}</span>
                  <button
                    type="button"
                    className="btn btn-outline-secondary btn-sm"
                    disabled={current === pages}
                    onClick={() => setPage(current + 1)}
                  >
                    {t('offerings.next')}
                  </button>
                </div>
              )}
            </>
          );
        }}
      </QueryView>
    </>
  );
}

/** The messages sent for the municipality, with status and error, filterable by status, paged. */
export function DeliveriesPage() {
  const { t } = useTranslation('admin');
  useDocumentTitle(t('deliveries.title'));
  const tenants = useAdministeredTenants();
  const [params, setParams] = useSearchParams();
  return (
    <>
      <h1>{t('deliveries.title')}</h1>
      <QueryView query={tenants}>
        {(list) => {
          const tenant = list.find((x) => x.id === params.get('comune')) ?? list[0];
          if (!tenant) return null;
          return (
            <>
              <TenantPicker tenants={list} value={tenant.id} onChange={(id) => setParams({ comune: id })} />
              <DeliveryTable key={tenant.id} tenant={tenant} />
            </>
          );
        }}
      </QueryView>
    </>
  );
}

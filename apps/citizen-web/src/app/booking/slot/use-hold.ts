import { unwrap, useApiClients } from '@facile/web/api-client';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useState } from 'react';

/** Keeps a slot for the citizen while the form is filled (POST /holds); the hold expires by itself. */
export function useCreateHold() {
  const api = useApiClients();
  return useMutation({
    mutationFn: (body: { tenant: string; site: string; start: string; services: string[] }) =>
      unwrap(
        api.scheduling.POST('/scheduling/v1/holds', {
          body: {
            tenant: body.tenant,
            site: body.site,
            start: body.start,
            ...(body.services.length > 1 ? { services: body.services } : { service: body.services[0] }),
          },
        }),
      ),
  });
}

/** Whether an expiry has passed, re-evaluated every few seconds. */
export function useExpired(expiresAt: string | undefined): boolean {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!expiresAt) return;
    const timer = setInterval(() => setNow(Date.now()), 5000);
    return () => clearInterval(timer);
  }, [expiresAt]);
  return expiresAt ? new Date(expiresAt).getTime() <= now : false;
}

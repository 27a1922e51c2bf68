import { unwrap, useApiClients } from '@facile/web/api-client';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';

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

/** How long before its expiry a hold is renewed while the citizen is still in the flow. */
export const RENEW_BEFORE_MS = 60_000;

/** When to renew a hold expiring at `expiresAt`: a minute before, at once if that has passed. */
export const renewDelay = (expiresAt: string, now = Date.now()) =>
  Math.max(0, new Date(expiresAt).getTime() - RENEW_BEFORE_MS - now);

type DraftHold = { holdId: string; expiresAt: string } | null;

/**
 * The hold's life beside the form: a hold the flow no longer uses (another slot, another site or procedure, the
 * flow started again) is given back at once, so its counter is free for others; the hold in use is renewed a
 * minute before it expires while the citizen is still filling the form (the API bounds how long in all). A
 * refused renewal leaves the hold to run out, and the slot step says so.
 */
export function useHoldKeeper(
  hold: DraftHold,
  booked: boolean,
  onRenewed: (holdId: string, expiresAt: string) => void,
) {
  const api = useApiClients();
  const previous = useRef<string | null>(null);
  const holdId = hold?.holdId ?? null;
  useEffect(() => {
    const before = previous.current;
    previous.current = holdId;
    // a booking made with it used it up: nothing to give back
    if (before && before !== holdId && !booked)
      void api.scheduling
        .DELETE('/scheduling/v1/holds/{holdId}', { params: { path: { holdId: before } } })
        .catch(() => undefined);
  }, [holdId, booked, api]);

  const expiresAt = hold?.expiresAt;
  const renewed = useRef(onRenewed);
  renewed.current = onRenewed;
  useEffect(() => {
    if (!holdId || !expiresAt || booked || new Date(expiresAt).getTime() <= Date.now()) return;
    const timer = setTimeout(() => {
      void api.scheduling
        .POST('/scheduling/v1/holds/{holdId}/extend', { params: { path: { holdId } } })
        .then(({ data }) => {
          if (data && data.expiresAt !== expiresAt) renewed.current(data.holdId, data.expiresAt);
        })
        .catch(() => undefined);
    }, renewDelay(expiresAt));
    return () => clearTimeout(timer);
  }, [holdId, expiresAt, booked, api]);
}

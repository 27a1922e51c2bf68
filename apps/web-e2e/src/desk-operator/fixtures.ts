import { expect, type APIRequestContext } from '@playwright/test';
import { state } from '../support/state';

const ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];
const valueOf = (c: string) => (/\d/.test(c) ? Number(c) : c.charCodeAt(0) - 65);

/** A valid codice fiscale, distinct for each n < 1000 (check character computed as the Agenzia's rule). */
export function fiscalCode(n: number, family = 'VRD'): string {
  const first15 = `${family}MRA85T10A${String(n % 1000).padStart(3, '0')}`;
  const sum = [...first15].reduce(
    (acc, c, i) => acc + (i % 2 === 0 ? (ODD[valueOf(c)] ?? 0) : valueOf(c)),
    0,
  );
  return `${first15}${String.fromCharCode(65 + (sum % 26))}`;
}

export interface Booked {
  code: string;
  date: string;
  start: string;
}

/** A citizen of `tenant` books the first free slot at `site` (through the public API, as the citizen web does). */
export async function bookFirstSlot(
  request: APIRequestContext,
  {
    tenant,
    site,
    service = 'carta-identita-elettronica',
    n,
    lastName,
  }: { tenant: string; site: string; service?: string; n: number; lastName: string },
): Promise<Booked> {
  const s = state();
  const day = (d: number) => new Date(Date.now() + d * 86400000).toISOString().slice(0, 10);
  for (let from = 1; from < 60; from += 14) {
    const res = await request.get(`${s.gateway}/scheduling/v1/availability`, {
      params: { service, tenant, site, from: day(from), to: day(from + 13) },
    });
    expect(res.status()).toBe(200);
    const { slots } = (await res.json()) as { slots: { site: string; start: string; available: number }[] };
    const slot = slots.find((x) => x.available > 0 && x.site === site);
    if (!slot) continue;
    const booked = await request.post(`${s.gateway}/scheduling/v1/bookings`, {
      data: {
        service,
        tenant,
        site,
        start: slot.start,
        citizen: {
          firstName: 'Giulia',
          lastName,
          fiscalCode: fiscalCode(n),
          email: `giulia-${n}@example.org`,
        },
      },
    });
    expect(booked.status(), await booked.text()).toBe(201);
    const body = (await booked.json()) as { code: string };
    return { code: body.code, start: slot.start, date: slot.start.slice(0, 10) };
  }
  throw new Error(`no free slot for ${service} of ${tenant} at ${site}`);
}

import { fiscalCodeCheckChar } from '@facile/platform/validation';
import { RunningPlatform } from './platform';

/** A valid codice fiscale, distinct for each n < 26,000 (the family name varies with `family`). */
export function fiscalCode(n: number, family = 'BNC'): string {
  const letter = String.fromCharCode(65 + (Math.floor(n / 1000) % 26));
  const first15 = `${family}LC${letter}85T10A${String(n % 1000).padStart(3, '0')}`;
  return `${first15}${fiscalCodeCheckChar(first15)}`;
}

export interface Slot {
  site: string;
  start: string;
  available: number;
  /** What the slot was found for (filled in by freeSlots). */
  service?: string;
  tenant?: string;
}

/** `count` bookable (site, start) pairs, each used no more often than its free counters allow. */
export async function freeSlots(
  p: RunningPlatform,
  service: string,
  tenant: string,
  count: number,
  site?: string,
): Promise<Slot[]> {
  const day = (d: number) => new Date(Date.now() + d * 86400000).toISOString().slice(0, 10);
  const picked: Slot[] = [];
  for (let from = 2; picked.length < count && from < 120; from += 14) {
    const q = new URLSearchParams({
      service,
      tenant,
      from: day(from),
      to: day(from + 13),
      ...(site ? { site } : {}),
    });
    const res = await fetch(`${p.url('scheduling')}/scheduling/v1/availability?${q}`);
    if (res.status !== 200) throw new Error(`availability ${res.status}: ${await res.text()}`);
    const { slots } = (await res.json()) as { slots: Slot[] };
    for (const s of slots)
      for (let i = 0; i < s.available && picked.length < count; i++) picked.push({ ...s, service, tenant });
  }
  if (picked.length < count) throw new Error(`only ${picked.length} free slots for ${service} in ${tenant}`);
  return picked;
}

export function post(
  base: string,
  path: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<Response> {
  return fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

export interface Booked {
  code: string;
  manageToken: string;
  id: string;
}

export async function book(
  p: RunningPlatform,
  slot: Slot,
  n: number,
  extra: Record<string, unknown> = {},
  family = 'BNC',
): Promise<Response> {
  return post(p.gateway, '/scheduling/v1/bookings', {
    service: slot.service ?? 'carta-identita-elettronica',
    tenant: slot.tenant ?? 'montiano',
    site: slot.site,
    start: slot.start,
    citizen: {
      firstName: 'Luca',
      lastName: `Bianchi ${n}`,
      fiscalCode: fiscalCode(n, family),
      email: `citizen-${family.toLowerCase()}-${n}@example.org`,
      ...extra,
    },
  });
}

/** The seeded catalogue has reached scheduling's projection through Kafka: procedures can be booked. */
export async function waitSeeded(
  db: { query: (sql: string) => Promise<{ rows: { n: number }[] }> },
  p?: RunningPlatform,
): Promise<void> {
  const deadline = Date.now() + 90000;
  for (;;) {
    const { rows } = await db.query(
      `SELECT (SELECT count(*) FROM catalogue.services)::int - (SELECT count(*) FROM scheduling.procedures)::int AS n`,
    );
    if (rows[0].n <= 0) return;
    if (Date.now() > deadline) {
      const tail = (p?.logs.get('scheduling') ?? []).slice(-20).join('\n');
      throw new Error(`${rows[0].n} procedures still missing from scheduling\n${tail}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}

import { Client } from 'pg';
import { MailSink, staffToken, waitFor } from '@facile/platform/testing';
import { book, fiscalCode, freeSlots, post, waitSeeded } from '../support/fixtures';
import { RunningPlatform, startPlatform } from '../support/platform';

type Target = 'own-site' | 'own-tenant-other-site' | 'other-tenant';
type Role = 'union-admin' | 'tenant-admin' | 'operator' | 'none';
/** site: operators of the site; tenant: admins of its municipality; union: union admins; cases: every operator (desks serve every municipality), admins of its municipality. */
type Scope = 'site' | 'tenant' | 'union' | 'cases';
interface Call {
  method: string;
  path: string;
  body?: unknown;
}
interface Endpoint {
  name: string;
  scope: Scope;
  ok: number;
  denied?: number;
  call: (t: Target, cell: number) => Promise<Call>;
  /** Where the use case's rule departs from the scope's (the status for that cell, or undefined for the scope's). */
  want?: (role: Role, target: Target) => number | undefined;
  /** Montiano's data in an answer without the marks (aggregates): a description of the leak, or undefined. */
  foreign?: (body: string, role: Role, target: Target) => string | undefined;
}

/** Cesena is "own" (the tenant admin's municipality; the operator staffs cesena-borello), Montiano the "other". */
const SITE: Record<Target, string> = {
  'own-site': 'cesena-borello',
  'own-tenant-other-site': 'cesena-centro',
  'other-tenant': 'montiano-municipio',
};
const TENANT: Record<Target, string> = {
  'own-site': 'cesena',
  'own-tenant-other-site': 'cesena',
  'other-tenant': 'montiano',
};
const TARGETS: Target[] = ['own-site', 'own-tenant-other-site', 'other-tenant'];
const ROLES: Role[] = ['union-admin', 'tenant-admin', 'operator', 'none'];

/** What the policy says (principal.ts): union admins everything; tenant admins their municipalities; operators their sites. */
function expected(role: Role, ep: Endpoint, target: Target): number {
  const special = ep.want?.(role, target);
  if (special !== undefined) return special;
  const { scope, ok } = ep;
  // another municipality's record may be answered 404, as if it did not exist
  const denied = ep.denied ?? 403;
  if (role === 'none') return 401;
  if (role === 'union-admin') return ok;
  if (scope === 'union') return 403;
  if (role === 'tenant-admin') return target === 'other-tenant' ? denied : ok;
  // operator
  if (scope === 'tenant') return 403;
  if (scope === 'cases') return ok;
  return target === 'own-site' ? ok : 403;
}

/**
 * Every staff endpoint × role × own/other municipality × own/other site, on the running platform, with
 * exact status codes; and no answer to a Cesena member of staff carries anything of Montiano's citizens.
 */
describe('isolation matrix', () => {
  let p: RunningPlatform;
  let db: Client;
  const sink = new MailSink();
  const tokens = new Map<Role, string | undefined>();
  let seq = 0;
  // Montiano citizens: nothing of theirs may reach Cesena's staff
  const MONTIANO_MARK = 'Segretissimo';
  const montianoCf = fiscalCode(1, 'MNT');

  beforeAll(async () => {
    const smtp = await sink.start();
    p = await startPlatform(
      'platform_isolation',
      { SMTP_URL: smtp, DELIVERY_BACKOFF_MS: '200' },
      { seed: true },
    );
    db = new Client({ connectionString: p.env['DATABASE_URL'] });
    await db.connect();
    tokens.set('union-admin', await staffToken('union-admin'));
    tokens.set('tenant-admin', await staffToken('tenant-admin', { tenants: ['cesena'] }));
    tokens.set('operator', await staffToken('operator', { tenants: ['cesena'], sites: ['cesena-borello'] }));
    tokens.set('none', undefined);
    await waitSeeded(db, p);
    // Montiano's data: a booking, a case and their deliveries
    const [slot] = await freeSlots(p, 'carta-identita-elettronica', 'montiano', 1, 'montiano-municipio');
    const res = await book(
      p,
      slot,
      1,
      { lastName: MONTIANO_MARK, fiscalCode: montianoCf, email: 'segreto@montiano.example.org' },
      'MNT',
    );
    expect(res.status).toBe(201);
    expect((await openCase('montiano', MONTIANO_MARK)).status).toBe(201);
    await waitFor(
      async () =>
        (
          await db.query(
            `SELECT count(*)::int AS n FROM notifications.deliveries WHERE tenant_id = 'montiano'`,
          )
        ).rows[0].n >= 2,
      60000,
      200,
    );
  }, 180000);

  afterAll(async () => {
    await db?.end();
    await p?.stop();
    await sink.stop();
  });

  function openCase(tenant: string, lastName = 'Verdi'): Promise<Response> {
    return post(p.gateway, '/assistance/v1/cases', {
      topic: 'spid-activation',
      tenant,
      has: [],
      channel: 'online',
      citizen: {
        firstName: 'Anna',
        lastName,
        fiscalCode: fiscalCode(500 + seq++, 'VRD'),
        email: `anna${seq}@example.org`,
      },
    });
  }

  async function freshBooking(t: Target, checkedIn = false): Promise<string> {
    const slots = await freeSlots(p, 'carta-identita-elettronica', TENANT[t], 1 + (seq % 7), SITE[t]);
    const res = await book(p, slots[slots.length - 1], 2000 + seq++, {}, 'GLL');
    if (res.status !== 201) throw new Error(`booking: ${res.status} ${await res.text()}`);
    const { code } = (await res.json()) as { code: string };
    if (checkedIn) {
      const r = await post(
        p.gateway,
        `/scheduling/v1/bookings/${code}/check-in`,
        {},
        { authorization: `Bearer ${tokens.get('union-admin')}` },
      );
      if (r.status !== 200) throw new Error(`check-in: ${r.status}`);
    }
    return code;
  }

  async function freshCase(t: Target): Promise<string> {
    const res = await openCase(TENANT[t]);
    if (res.status !== 201) throw new Error(`case: ${res.status} ${await res.text()}`);
    return ((await res.json()) as { code: string }).code;
  }

  async function freshSession(t: Target, cell: number): Promise<string> {
    const body = {
      site: SITE[t],
      title: 'Sessione matrice',
      start: `${futureDate(cell)}T10:00:00+01:00`,
      end: `${futureDate(cell)}T11:00:00+01:00`,
      seats: 5,
    };
    const res = await post(p.gateway, '/scheduling/v1/sessions', body, {
      authorization: `Bearer ${tokens.get('union-admin')}`,
    });
    if (res.status !== 201) throw new Error(`session: ${res.status} ${await res.text()}`);
    return ((await res.json()) as { id: string }).id;
  }

  /** A walk-in waiting at the target site, so that calling the next one finds somebody. */
  async function freshTicket(t: Target): Promise<void> {
    const res = await post(p.gateway, `/scheduling/v1/sites/${SITE[t]}/tickets`, {
      service: 'carta-identita-elettronica',
      tenant: TENANT[t],
    });
    if (res.status !== 201) throw new Error(`ticket: ${res.status} ${await res.text()}`);
  }

  const card = (slug: string) => ({
    slug,
    title: 'Procedura matrice',
    summary: 'x',
    category: 'anagrafe-stato-civile',
    lifeEvents: [],
    bookable: false,
    walkIn: false,
    durationMinutes: 30,
  });

  /** A draft card (published too when asked), made by a union admin. */
  async function freshCard(cell: number, published = false): Promise<string> {
    const union = { authorization: `Bearer ${tokens.get('union-admin')}` };
    const slug = `matrice-${published ? 'pubblicata' : 'bozza'}-${cell}`;
    const res = await post(p.gateway, '/catalogue/v1/services', card(slug), union);
    if (res.status !== 201) throw new Error(`card: ${res.status} ${await res.text()}`);
    if (published) {
      const r = await post(p.gateway, `/catalogue/v1/services/${slug}/publish`, {}, union);
      if (r.status !== 200) throw new Error(`publish: ${r.status} ${await r.text()}`);
    }
    return slug;
  }

  /**
   * Statistics grouped by site: a Cesena member of staff gets no row of Montiano's site and, asking about
   * Montiano, nothing counted (their answer is scoped to their own sites and municipality).
   */
  function statisticsLeak(body: string, _role: Role, target: Target): string | undefined {
    const stats = JSON.parse(body) as {
      rows: { key: string }[];
      total: { bookings: { made: number }; walkIns: { issued: number } };
    };
    if (stats.rows.some((r) => r.key === SITE['other-tenant'])) return `a row of ${SITE['other-tenant']}`;
    if (target === 'other-tenant' && stats.total.bookings.made + stats.total.walkIns.issued > 0)
      return `Montiano counted: ${JSON.stringify(stats.total)}`;
    return undefined;
  }

  const futureDate = (cell: number) =>
    new Date(Date.now() + (200 + cell) * 86400000).toISOString().slice(0, 10);
  const today = new Date().toISOString().slice(0, 10);

  const endpoints: Endpoint[] = [
    {
      name: 'GET agenda',
      scope: 'site',
      ok: 200,
      call: async (t) => ({ method: 'GET', path: `/scheduling/v1/agenda?site=${SITE[t]}&date=${today}` }),
    },
    {
      name: 'PUT opening hours',
      scope: 'tenant',
      ok: 200,
      call: async (t) => {
        const site = (await (await fetch(`${p.gateway}/scheduling/v1/sites/${SITE[t]}`)).json()) as {
          openingHours: unknown;
        };
        return {
          method: 'PUT',
          path: `/scheduling/v1/sites/${SITE[t]}/opening-hours`,
          body: site.openingHours,
        };
      },
    },
    {
      name: 'POST closure',
      scope: 'tenant',
      ok: 201,
      call: async (t, cell) => ({
        method: 'POST',
        path: `/scheduling/v1/sites/${SITE[t]}/closures`,
        body: { date: futureDate(cell), reason: 'matrice' },
      }),
    },
    {
      name: 'PUT site offering',
      scope: 'tenant',
      ok: 200,
      call: async (t) => ({
        method: 'PUT',
        path: `/scheduling/v1/sites/${SITE[t]}/offerings/carta-identita-elettronica`,
        body: { enabled: true },
      }),
    },
    {
      name: 'POST rotation',
      scope: 'tenant',
      ok: 201,
      call: async (t, cell) => ({
        method: 'POST',
        path: '/scheduling/v1/rotations',
        body: {
          id: `matrix-${cell}`,
          resource: `matrix-team-${cell}`,
          site: SITE[t],
          rrule: 'FREQ=WEEKLY;BYDAY=TU',
          from: '14:30',
          to: '15:30',
          validFrom: '2027-06-01',
        },
      }),
    },
    {
      name: 'POST check-in',
      scope: 'site',
      ok: 200,
      call: async (t) => ({
        method: 'POST',
        path: `/scheduling/v1/bookings/${await freshBooking(t)}/check-in`,
      }),
    },
    {
      name: 'POST complete',
      scope: 'site',
      ok: 200,
      call: async (t) => ({
        method: 'POST',
        path: `/scheduling/v1/bookings/${await freshBooking(t, true)}/complete`,
      }),
    },
    {
      name: 'POST no-show',
      scope: 'site',
      ok: 200,
      call: async (t) => ({
        method: 'POST',
        path: `/scheduling/v1/bookings/${await freshBooking(t)}/no-show`,
      }),
    },
    {
      name: 'PUT catalogue offering',
      scope: 'tenant',
      ok: 200,
      call: async (t) => ({
        method: 'PUT',
        path: `/catalogue/v1/tenants/${TENANT[t]}/offerings/carta-identita-elettronica`,
        body: { enabled: true, feeCents: 2221 },
      }),
    },
    {
      name: 'PATCH service',
      scope: 'union',
      ok: 200,
      call: async () => ({
        method: 'PATCH',
        path: '/catalogue/v1/services/carta-identita-elettronica',
        body: { summary: "La carta d'identità elettronica" },
      }),
    },
    {
      name: 'GET cases',
      scope: 'cases',
      ok: 200,
      call: async (t) => ({ method: 'GET', path: `/assistance/v1/cases?tenant=${TENANT[t]}` }),
    },
    {
      name: 'POST case transition',
      scope: 'cases',
      ok: 200,
      call: async (t) => ({
        method: 'POST',
        path: `/assistance/v1/cases/${await freshCase(t)}/transitions`,
        body: { to: 'in_progress' },
      }),
    },
    {
      name: 'GET facilitation report',
      scope: 'tenant',
      ok: 200,
      call: async (t) => ({
        method: 'GET',
        path: `/assistance/v1/reports/facilitations?from=2026-01-01&to=2026-12-31&tenant=${TENANT[t]}`,
      }),
    },
    {
      name: 'GET deliveries',
      scope: 'tenant',
      ok: 200,
      call: async (t) => ({ method: 'GET', path: `/notifications/v1/deliveries?tenant=${TENANT[t]}` }),
    },
    {
      name: 'GET delivery',
      scope: 'tenant',
      ok: 200,
      denied: 404,
      call: async (t) => {
        const id = await waitFor(
          async () =>
            (
              await db.query(`SELECT id FROM notifications.deliveries WHERE tenant_id = $1 LIMIT 1`, [
                TENANT[t],
              ])
            ).rows[0]?.id as string | undefined,
          30000,
          200,
        );
        return { method: 'GET', path: `/notifications/v1/deliveries/${id}` };
      },
    },
    {
      name: 'GET template',
      scope: 'tenant',
      ok: 200,
      call: async (t) => ({
        method: 'GET',
        path: `/notifications/v1/tenants/${TENANT[t]}/templates/scheduling.booking.created/email/it`,
      }),
    },
    {
      name: 'PUT template',
      scope: 'tenant',
      ok: 200,
      call: async (t) => ({
        method: 'PUT',
        path: `/notifications/v1/tenants/${TENANT[t]}/templates/scheduling.booking.created/email/it`,
        body: { subject: 'Confermato {{code}}', body: 'Il suo appuntamento {{code}} è confermato.' },
      }),
    },
    {
      name: 'POST template preview',
      scope: 'tenant',
      ok: 200,
      call: async (t) => ({
        method: 'POST',
        path: `/notifications/v1/tenants/${TENANT[t]}/templates/scheduling.booking.created/email/it/preview`,
        body: {},
      }),
    },
    {
      name: 'DELETE template',
      scope: 'tenant',
      ok: 204,
      call: async (t) => ({
        method: 'DELETE',
        path: `/notifications/v1/tenants/${TENANT[t]}/templates/scheduling.booking.created/email/it`,
      }),
    },
    {
      name: 'GET case',
      scope: 'cases',
      ok: 200,
      want: (role) => (role === 'none' ? 404 : undefined),
      call: async (t) => ({ method: 'GET', path: `/assistance/v1/cases/${await freshCase(t)}` }),
    },
    {
      name: 'POST service',
      scope: 'union',
      ok: 201,
      call: async (_t, cell) => ({
        method: 'POST',
        path: '/catalogue/v1/services',
        body: card(`matrice-nuova-${cell}`),
      }),
    },
    {
      name: 'POST service publish',
      scope: 'union',
      ok: 200,
      call: async (_t, cell) => ({
        method: 'POST',
        path: `/catalogue/v1/services/${await freshCard(cell)}/publish`,
      }),
    },
    {
      name: 'POST service retire',
      scope: 'union',
      ok: 200,
      call: async (_t, cell) => ({
        method: 'POST',
        path: `/catalogue/v1/services/${await freshCard(cell, true)}/retire`,
      }),
    },
    {
      name: 'POST site',
      scope: 'tenant',
      ok: 201,
      call: async (t, cell) => ({
        method: 'POST',
        path: '/scheduling/v1/sites',
        body: {
          id: `matrice-${TENANT[t]}-${cell}`,
          tenant: TENANT[t],
          name: 'Sede matrice',
          kind: 'hub',
          counters: 1,
        },
      }),
    },
    {
      name: 'PATCH site',
      scope: 'tenant',
      ok: 200,
      call: async (t) => {
        const site = (await (await fetch(`${p.gateway}/scheduling/v1/sites/${SITE[t]}`)).json()) as {
          name: string;
        };
        return { method: 'PATCH', path: `/scheduling/v1/sites/${SITE[t]}`, body: { name: site.name } };
      },
    },
    {
      name: 'POST session',
      scope: 'tenant',
      ok: 201,
      call: async (t, cell) => ({
        method: 'POST',
        path: '/scheduling/v1/sessions',
        body: {
          site: SITE[t],
          title: 'Sessione matrice',
          start: `${futureDate(cell)}T10:00:00+01:00`,
          end: `${futureDate(cell)}T11:00:00+01:00`,
          seats: 5,
        },
      }),
    },
    {
      name: 'POST session cancel',
      scope: 'tenant',
      ok: 200,
      call: async (t, cell) => ({
        method: 'POST',
        path: `/scheduling/v1/sessions/${await freshSession(t, cell)}/cancel`,
      }),
    },
    {
      name: 'POST queue next',
      scope: 'site',
      ok: 200,
      call: async (t) => {
        await freshTicket(t);
        return { method: 'POST', path: `/scheduling/v1/sites/${SITE[t]}/queue/next`, body: { counter: 1 } };
      },
    },
    // no ticket Z999 today: the staff of the site learn that (404), everyone else is refused before the lookup
    {
      name: 'POST queue recall',
      scope: 'site',
      ok: 404,
      call: async (t) => ({
        method: 'POST',
        path: `/scheduling/v1/sites/${SITE[t]}/queue/tickets/Z999/recall`,
      }),
    },
    {
      name: 'PUT queue group',
      scope: 'union',
      ok: 200,
      call: async () => ({
        method: 'PUT',
        path: '/scheduling/v1/queue-groups/carta-identita-elettronica',
        body: { letter: 'A' },
      }),
    },
    {
      // tenant: the citizens' municipality; operators report on their own sites whatever the citizens' municipality
      name: 'GET statistics by municipality',
      scope: 'tenant',
      ok: 200,
      want: (role) => (role === 'operator' ? 200 : undefined),
      foreign: statisticsLeak,
      call: async (t) => ({
        method: 'GET',
        path: `/scheduling/v1/statistics?from=2026-01-01&to=2027-12-31&tenant=${TENANT[t]}`,
      }),
    },
    {
      // a tenant admin asking about another municipality's site gets their own scope, which holds none of it (200, nothing counted)
      name: 'GET statistics by site',
      scope: 'site',
      ok: 200,
      want: (role) => (role === 'tenant-admin' ? 200 : undefined),
      foreign: statisticsLeak,
      call: async (t) => ({
        method: 'GET',
        path: `/scheduling/v1/statistics?from=2026-01-01&to=2027-12-31&site=${SITE[t]}`,
      }),
    },
  ];

  it('asserts every staff endpoint × role × own/other municipality × own/other site', async () => {
    const mismatches: string[] = [];
    const leaks: string[] = [];
    let cells = 0;
    let cell = 0;
    for (const role of ROLES) {
      for (const target of TARGETS) {
        for (const ep of endpoints) {
          const call = await ep.call(target, cell++);
          const token = tokens.get(role);
          const res = await fetch(`${p.gateway}${call.path}`, {
            method: call.method,
            headers: {
              ...(token ? { authorization: `Bearer ${token}` } : {}),
              ...(call.body !== undefined ? { 'content-type': 'application/json' } : {}),
            },
            body: call.body !== undefined ? JSON.stringify(call.body) : undefined,
          });
          const text = await res.text();
          cells++;
          const want = expected(role, ep, target);
          if (res.status !== want)
            mismatches.push(
              `${ep.name} as ${role} on ${target}: ${res.status}, expected ${want} — ${text.slice(0, 200)}`,
            );
          if (res.status >= 400 && !/application\/problem\+json/.test(res.headers.get('content-type') ?? ''))
            mismatches.push(`${ep.name} as ${role} on ${target}: ${res.status} is not problem+json`);
          // operators work every municipality's cases at their desks (by design): everywhere else, nothing of Montiano
          const mayShowMontiano = role === 'union-admin' || (role === 'operator' && ep.scope === 'cases');
          if (
            !mayShowMontiano &&
            (text.includes(MONTIANO_MARK) || text.includes(montianoCf) || text.includes('segreto@montiano'))
          ) {
            leaks.push(`${ep.name} as ${role} on ${target}: ${text.slice(0, 200)}`);
          }
          const foreign =
            role !== 'union-admin' && res.status === 200 ? ep.foreign?.(text, role, target) : undefined;
          if (foreign) leaks.push(`${ep.name} as ${role} on ${target}: ${foreign}`);
        }
      }
    }
    process.stdout.write(
      `isolation matrix: ${cells} cells (${endpoints.length} endpoints × ${ROLES.length} roles × ${TARGETS.length} targets)\n`,
    );
    expect(mismatches).toEqual([]);
    expect(leaks).toEqual([]);
    expect(cells).toBe(endpoints.length * ROLES.length * TARGETS.length);
  }, 300000);

  it('lists without a municipality filter show a tenant admin only their own municipalities', async () => {
    const headers = { authorization: `Bearer ${tokens.get('tenant-admin')}` };
    for (const path of ['/assistance/v1/cases', '/notifications/v1/deliveries']) {
      const res = await fetch(`${p.gateway}${path}`, { headers });
      const text = await res.text();
      expect([200, 400, 403]).toContain(res.status);
      expect(text).not.toContain(MONTIANO_MARK);
      expect(text).not.toContain('segreto@montiano');
      if (res.status === 200) {
        const body = JSON.parse(text) as { items?: { tenant?: string }[] } | { tenant?: string }[];
        const items = Array.isArray(body) ? body : (body.items ?? []);
        expect(items.filter((i) => i.tenant && i.tenant !== 'cesena')).toEqual([]);
      }
    }
  });
});

import { Client } from 'pg';
import { MailSink, waitFor } from '@facile/platform/testing';
import { book, freeSlots, Slot, waitSeeded } from '../support/fixtures';
import { RunningPlatform, SERVICES, startPlatform } from '../support/platform';

/** Montiano's desk has one counter: one winner per slot. */
const ONE_COUNTER = { service: 'carta-identita-elettronica', tenant: 'montiano', site: 'montiano-municipio' };
const CARD = { service: 'carta-identita-elettronica', tenant: 'montiano' };

/**
 * Two processes of every service behind the gateway, which sends the requests to each in turn (issue 20: Union
 * IT runs at least two pods of each). One database, one Redis, one Kafka consumer group per service, as in the
 * cluster. The scheduling replicas' own guarantees (one relay leading, shared lookup limits, partitions split
 * and taken over) are in apps/scheduling/src/test/replicas.int.spec.ts; the queue board's streams in its queue
 * suite. This suite checks the whole platform: nothing is lost or doubled between the replicas.
 */
describe('two replicas of every service behind the gateway', () => {
  let p: RunningPlatform;
  let db: Client;
  const sink = new MailSink();
  let n = 0;
  const confirmationsOf = (codes: string[]) =>
    sink.messages.filter((m) => codes.some((c) => m.subject === `Appuntamento confermato ${c}`));

  beforeAll(async () => {
    const smtp = await sink.start();
    p = await startPlatform(
      'platform_replicas',
      { SMTP_URL: smtp, DELIVERY_POLL_MS: '50', AVAILABILITY_CACHE_MS: '0' },
      { seed: true, replicas: 2 },
    );
    db = new Client({ connectionString: p.env['DATABASE_URL'] });
    await db.connect();
    await waitSeeded(db, p);
  }, 240000);

  afterAll(async () => {
    await db?.end();
    await p?.stop();
    await sink.stop();
  });

  /** Confirmation rows recorded as sent, and for how many events (the contention winner's and this suite's). */
  const sentRows = async () =>
    (
      await db.query<{ n: number; events: number }>(
        `SELECT count(*)::int AS n, count(DISTINCT source_event_id)::int AS events
         FROM notifications.deliveries
         WHERE kind = 'message' AND channel = 'email' AND status = 'sent' AND recipient LIKE 'citizen-rpl-%'`,
      )
    ).rows[0];

  /** Books `slots` through the gateway, one after the other; returns the codes. */
  const bookAll = async (slots: Slot[]) => {
    const codes: string[] = [];
    for (const s of slots) {
      const res = await book(p, s, ++n, {}, 'RPL');
      expect(res.status).toBe(201);
      codes.push(((await res.json()) as { code: string }).code);
    }
    return codes;
  };

  it('runs eight services, every one up behind the gateway', async () => {
    const health = (await (await fetch(`${p.gateway}/health`)).json()) as {
      status: string;
      upstreams: { service: string; status: string; url: string }[];
    };
    expect(health.status).toBe('ok');
    expect(health.upstreams).toHaveLength(2 * SERVICES.length);
    for (const s of SERVICES) {
      const urls = health.upstreams.filter((u) => u.service === s.name).map((u) => u.url);
      expect(urls.sort()).toEqual(
        [p.url(s.name), p.url(`${s.name}-2`)].map((u) => `${u}/health/ready`).sort(),
      );
    }
  });

  it('gives exactly one of 60 concurrent bookings of a one-counter slot, with no 5xx', async () => {
    const [slot] = await freeSlots(p, ONE_COUNTER.service, ONE_COUNTER.tenant, 1, ONE_COUNTER.site);
    expect(slot.available).toBe(1);
    const statuses = await Promise.all(
      Array.from({ length: 60 }, async () => (await book(p, slot, ++n, {}, 'RPL')).status),
    );
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(59);
    const rows = await db.query(
      `SELECT count(*)::int AS n FROM scheduling.bookings WHERE site_id = $1 AND start_at = $2`,
      [slot.site, slot.start],
    );
    expect(rows.rows[0].n).toBe(1);
    // the gateway took turns: both scheduling processes answered some of them
    for (const name of ['scheduling', 'scheduling-2']) {
      const answered = (p.logs.get(name) ?? []).filter((l) => l.includes('POST /scheduling/v1/bookings 409'));
      expect(answered.length).toBeGreaterThan(10);
    }
  });

  it('sends one confirmation per booking with both notifications processes in the group, and after one is killed', async () => {
    const slots = await freeSlots(p, CARD.service, CARD.tenant, 24);
    const first = await bookAll(slots.slice(0, 12));
    await waitFor(() => (confirmationsOf(first).length >= first.length ? true : null), 60000);
    // An e-mail reaches the sink before its row says `sent` (outcomes are recorded in groups, RECORD_LINGER_MS):
    // a kill in between would leave a sent e-mail's row `sending`, to be failed and never sent again (at most
    // once). This test kills between bookings, so it waits for the first dozen's rows too.
    await waitFor(async () => ((await sentRows()).n === first.length + 1 ? true : null), 30000);

    // SIGKILL: no leave-group, no offset commit; the group gives the dead member's partitions to the survivor
    // after the session timeout (15 s), and its deliveries claimed but not sent are never re-sent.
    await p.kill('notifications-2');
    const second = await bookAll(slots.slice(12));
    await waitFor(() => (confirmationsOf(second).length >= second.length ? true : null), 90000);
    // a little longer: a duplicate would come from a redelivered event after the rebalance
    await new Promise((r) => setTimeout(r, 3000));
    for (const code of [...first, ...second]) expect(confirmationsOf([code])).toHaveLength(1);
    // every booking's confirmation row is sent once: the contention winner's and these 24
    expect(await sentRows()).toEqual({
      n: first.length + second.length + 1,
      events: first.length + second.length + 1,
    });
  });

  it('counts every booking once in the statistics, whichever scheduling process consumed it', async () => {
    const made = (await db.query(`SELECT count(*)::int AS n FROM scheduling.bookings`)).rows[0].n as number;
    expect(made).toBe(25);
    const counted = async () =>
      (await db.query(`SELECT coalesce(sum(bookings), 0)::int AS n FROM scheduling.stats_daily`)).rows[0]
        .n as number;
    await waitFor(async () => ((await counted()) >= made ? true : null), 30000);
    expect(await counted()).toBe(made);
  });
});

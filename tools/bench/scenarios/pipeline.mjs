// pipeline: bookings → scheduling outbox → Kafka → notifications → SMTP → the bench's sink. Each booking has
// its own recipient, so every e-mail is matched to the booking that caused it: booking-to-email latency is
// from the booking's 201 to the sink receiving its confirmation; extra or duplicate e-mails are counted.
import { percentile, pool, round } from '../lib/load.mjs';
import { bookingBody } from './booking.mjs';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Waits until `count()` reaches `expected` or stops growing for `quietMs`; resolves to the last count. */
export async function settle(count, expected, { timeoutMs = 180000, quietMs = 15000 } = {}) {
  const deadline = Date.now() + timeoutMs;
  let last = -1;
  let since = Date.now();
  for (;;) {
    const n = count();
    if (n !== last) {
      last = n;
      since = Date.now();
    }
    if (n >= expected || Date.now() > deadline || Date.now() - since > quietMs) return n;
    await sleep(100);
  }
}

export async function pipelineScenario({
  base,
  sink,
  jobs,
  service,
  tenant,
  connections = 50,
  graceMs = 5000,
  settleOptions,
}) {
  const bookedAt = new Map();
  const statuses = {};
  const started = Date.now();
  await pool(jobs, connections, async (j) => {
    const res = await fetch(`${base}/scheduling/v1/bookings`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(bookingBody(j, service, tenant)),
    });
    await res.arrayBuffer();
    statuses[res.status] = (statuses[res.status] ?? 0) + 1;
    if (res.status === 201) bookedAt.set(j.email, Date.now());
  });
  const postedMs = Date.now() - started;
  const mine = () => sink.messages().filter((m) => m.envelope.to.some((a) => bookedAt.has(a)));
  await settle(() => mine().length, bookedAt.size, settleOptions);
  await sleep(graceMs); // anything more than one e-mail per booking would arrive here
  const messages = mine();
  const perRecipient = new Map();
  for (const m of messages)
    for (const a of m.envelope.to)
      if (bookedAt.has(a)) perRecipient.set(a, [...(perRecipient.get(a) ?? []), m]);
  const latencies = [...perRecipient].map(
    ([a, ms]) => Math.min(...ms.map((m) => Date.parse(m.receivedAt))) - bookedAt.get(a),
  );
  const lastEmail = Math.max(...messages.map((m) => Date.parse(m.receivedAt)));
  return {
    bookings: bookedAt.size,
    emails: messages.length,
    recipientsReached: perRecipient.size,
    duplicates: [...perRecipient.values()].filter((ms) => ms.length > 1).length,
    p50Ms: percentile(latencies, 50),
    p95Ms: percentile(latencies, 95),
    maxMs: percentile(latencies, 100),
    bookingRps: Math.round(bookedAt.size / (postedMs / 1000)),
    eventsPerSecond: messages.length ? round(messages.length / ((lastEmail - started) / 1000), 0) : 0,
    subjects: [...new Set(messages.map((m) => m.subject))].slice(0, 3),
    statuses,
  };
}
